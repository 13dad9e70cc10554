import { Fragment, useEffect, useRef } from 'react';
import { displayCombo, SHORTCUTS, type ShortcutGroup } from './shortcutRegistry';
import './keyboard.css';

const GROUPS: ShortcutGroup[] = ['Dokument', 'Ärenden', 'Gå till', 'Text'];

/** Hjälp › Kortkommandon: every shortcut, grouped, in a modal dialog. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    close.current?.focus();
  }, []);
  // Close the modal before React removes it, so the focus can go back to the page.
  const finish = () => {
    dialog.current?.close();
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-heading"
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
    >
      <h2 id="shortcuts-heading">Kortkommandon</h2>
      <div className="shortcuts-groups">
        {GROUPS.map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{group}</h3>
            <dl className="shortcuts-list">
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <Fragment key={s.sv}>
                  <dt>{s.sv}</dt>
                  <dd>
                    {s.keys.map((k, i) => (
                      <Fragment key={k}>
                        {i > 0 && <span className="shortcut-or"> eller </span>}
                        <kbd>{displayCombo(k)}</kbd>
                      </Fragment>
                    ))}
                  </dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <button ref={close} type="button" onClick={finish}>
        Stäng
      </button>
    </dialog>
  );
}
