import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { trapTab } from './focusTrap';
import './readOnly.css';

interface Props {
  heading: string;
  confirmLabel: string;
  /** False keeps the confirm button disabled (e.g. nothing described yet). */
  canConfirm?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children: ReactNode;
}

/** A small modal that asks before a step that cannot silently be undone. */
export function StatusDialog(props: Props) {
  const { heading, confirmLabel, canConfirm = true, onConfirm, onCancel, children } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // Close the modal before React removes it, so the focus goes back to the page.
  const finish = (confirmed: boolean) => {
    dialog.current?.close();
    if (confirmed) onConfirm();
    else onCancel();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canConfirm) finish(true);
  };

  return (
    <dialog
      ref={dialog}
      className="status-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        finish(false);
      }}
      onKeyDown={(e) => trapTab(e, dialog.current)}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-heading`}>{heading}</h2>
        {children}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={!canConfirm}>
            {confirmLabel}
          </button>
          <button type="button" onClick={() => finish(false)}>
            Avbryt
          </button>
        </div>
      </form>
    </dialog>
  );
}
