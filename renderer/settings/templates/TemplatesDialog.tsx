import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TemplateSummary } from '../../../shared/ipc/contract';
import type { OwnTemplateList, TemplateProblem } from '../../../shared/ipc/templateChannels';
import type { Template } from '../../../shared/template/templateSchema';
import { api, errorText, unwrap } from '../../core/ipc/paragraf';
import { libraryChanged } from '../../core/state/libraryChanged';
import { trapTab } from '../../core/widgets/focusTrap';
import { UnsavedChangesConfirm } from '../../core/widgets/UnsavedChangesConfirm';
import { RemoveTemplateConfirm } from './RemoveTemplateConfirm';
import { TemplateEditor } from './TemplateEditor';
import { copyTemplate } from './templateEdits';
import { templateProblem } from './templateProblem';

interface Props {
  onClose(): void;
}

interface Lists {
  all: TemplateSummary[];
  mine: OwnTemplateList;
}

async function fetchLists(): Promise<Lists> {
  const [all, mine] = await Promise.all([
    unwrap(api().templates.list()),
    unwrap(api().templates.listOwn()),
  ]);
  return { all, mine };
}

/**
 * Inställningar › Mallar: the built-in templates and the kansli's own ones in the library.
 * A built-in template is copied before it is changed; an own one is edited, exported as a file,
 * or removed (moved aside in the library, never deleted).
 */
export function TemplatesDialog({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [builtIn, setBuiltIn] = useState<TemplateSummary[]>([]);
  const [own, setOwn] = useState<Template[]>([]);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [selected, setSelected] = useState('');
  const [editing, setEditing] = useState<Template | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);

  const apply = useCallback((lists: Lists, select?: string) => {
    setBuiltIn(lists.all.filter((t) => !t.own));
    setOwn(lists.mine.templates);
    setProblems(lists.mine.problems);
    if (select !== undefined) {
      setSelected(select);
      setEditing(lists.mine.templates.find((t) => t.id === select) ?? null);
    }
  }, []);
  const reload = async (select?: string) => apply(await fetchLists(), select);
  /**
   * Where the keyboard goes once the list is back: a new own template's name, so typing starts
   * there, or the list when the dialog opens and after a removal.
   */
  const focusNext = useRef<'[data-template-name]' | '.templates-list button' | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target || (target === '[data-template-name]' && !editing)) return;
    focusNext.current = null;
    dialog.current?.querySelector<HTMLElement>(target)?.focus();
  });
  const openNew = async (templateId: string) => {
    focusNext.current = '[data-template-name]';
    await reload(templateId);
  };

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void fetchLists().then(
      (lists) => {
        // The list is the place to start, not Importera mall… (first only until it arrives).
        focusNext.current = '.templates-list button';
        apply(lists);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [apply]);

  const saved = own.find((t) => t.id === editing?.id);
  const dirty = useMemo(
    () =>
      editing !== null && saved !== undefined && JSON.stringify(editing) !== JSON.stringify(saved),
    [editing, saved],
  );
  /** What the secretary asked for while the edited template had unsaved changes. */
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  /** Unsaved edits are never dropped silently: leaving them asks first. */
  const guard = (action: () => void) => (dirty ? setLeaving(() => action) : action());
  /** The field last typed in, where the keyboard goes back to when editing goes on. */
  const lastField = useRef<HTMLElement | null>(null);

  const finish = () =>
    guard(() => {
      dialog.current?.close();
      onClose();
    });

  /** Runs an action with one message line after it; the list and start screen follow. */
  const act = async (action: () => Promise<string | null>) => {
    if (busy) return;
    setBusy(true);
    setError('');
    setMessage('');
    try {
      const done = await action();
      if (done !== null) setMessage(done);
      libraryChanged.emit();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = (templateId: string) =>
    guard(() => {
      setSelected(templateId);
      setRemoving(false);
      setEditing(own.find((t) => t.id === templateId) ?? null);
      setMessage('');
      setError('');
    });

  const copy = () =>
    act(async () => {
      const source = await unwrap(api().templates.get(selected));
      const created = await unwrap(api().templates.create(copyTemplate(source)));
      await openNew(created.id);
      return `Kopian ”${created.name}” är sparad i biblioteket.`;
    });

  const save = () =>
    act(async () => {
      if (!editing) return null;
      const problem = templateProblem(editing);
      if (problem) throw new Error(problem);
      const saved = await unwrap(api().templates.save(editing));
      await reload(saved.id);
      return `Mallen ”${saved.name}” är sparad.`;
    });

  const remove = () =>
    act(async () => {
      await unwrap(api().templates.remove(selected));
      focusNext.current = '.templates-list button';
      await reload('');
      return 'Mallen är borttagen (den ligger kvar i bibliotekets mapp templates/removed).';
    });

  const exportFile = () =>
    act(async () => {
      const r = await unwrap(api().templates.exportFile(selected));
      return r ? `Mallen är sparad som ${r.path}.` : null;
    });

  const importFile = () =>
    act(async () => {
      const t = await unwrap(api().templates.importFile());
      if (!t) return null;
      await openNew(t.id);
      return `Mallen ”${t.name}” är inläst.`;
    });

  const fromWord = () =>
    act(async () => {
      const t = await unwrap(api().templates.fromWord());
      if (!t) return null;
      await openNew(t.id);
      return `Mallen ”${t.name}” är skapad från Word-protokollet.`;
    });

  const isOwn = own.some((t) => t.id === selected);
  const chosenBuiltIn = builtIn.find((t) => t.id === selected);

  return (
    <dialog
      ref={dialog}
      className="templates-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
      onKeyDown={(e) => trapTab(e, dialog.current)}
      onFocus={(e) => {
        if (e.target.matches('input, select, textarea')) lastField.current = e.target;
      }}
    >
      <h2 id={`${id}-heading`}>Mallar</h2>
      <div className="templates-layout">
        <nav className="templates-list" aria-label="Mallar">
          <h3>Inbyggda</h3>
          <ul>
            {builtIn.map((t) => (
              <li key={t.id}>
                <button type="button" aria-pressed={selected === t.id} onClick={() => choose(t.id)}>
                  {t.name}
                </button>
              </li>
            ))}
          </ul>
          <h3>Egna (i biblioteket)</h3>
          {own.length === 0 && <p className="hint">Inga egna mallar ännu.</p>}
          <ul>
            {own.map((t) => (
              <li key={t.id}>
                <button type="button" aria-pressed={selected === t.id} onClick={() => choose(t.id)}>
                  {t.name}
                </button>
              </li>
            ))}
          </ul>
          {problems.length > 0 && (
            <div className="error" role="alert">
              <p>Mallfiler i biblioteket som inte kan användas:</p>
              <ul>
                {problems.map((p) => (
                  <li key={p.file}>
                    {p.file}: {p.sv}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="templates-actions">
            <button type="button" aria-disabled={busy} onClick={() => void importFile()}>
              Importera mall…
            </button>
            <button type="button" aria-disabled={busy} onClick={() => void fromWord()}>
              Skapa mall från Word-protokoll…
            </button>
          </div>
        </nav>
        <div className="templates-detail">
          {chosenBuiltIn && (
            <p>
              <strong>{chosenBuiltIn.name}</strong> – {chosenBuiltIn.description} En inbyggd mall
              kan inte ändras; kopiera den för att göra en egen.
            </p>
          )}
          {selected && (
            <div className="templates-actions">
              <button type="button" aria-disabled={busy} onClick={() => void copy()}>
                Kopiera till egen mall
              </button>
              <button type="button" aria-disabled={busy} onClick={() => void exportFile()}>
                Exportera som fil…
              </button>
              {isOwn && (
                <>
                  <button
                    type="button"
                    className="primary"
                    aria-disabled={busy}
                    onClick={() => void save()}
                  >
                    Spara mall
                  </button>
                  <button type="button" aria-disabled={busy} onClick={() => setRemoving(true)}>
                    Ta bort mallen…
                  </button>
                </>
              )}
            </div>
          )}
          {removing && isOwn && (
            <RemoveTemplateConfirm
              name={saved?.name ?? ''}
              onCancel={() => setRemoving(false)}
              onRemove={() => {
                setRemoving(false);
                void remove();
              }}
            />
          )}
          {leaving && (
            <UnsavedChangesConfirm
              message="Mallen har ändringar som inte är sparade."
              actionsClassName="templates-actions"
              onKeepEditing={() => {
                setLeaving(null);
                lastField.current?.focus();
              }}
              onDiscard={() => {
                const action = leaving;
                setLeaving(null);
                setEditing(saved ?? null);
                action();
              }}
            />
          )}
          {message && (
            <p className="templates-message" role="status">
              {message}
            </p>
          )}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {editing && <TemplateEditor template={editing} onChange={setEditing} />}
        </div>
      </div>
      <div className="settings-actions">
        <button type="button" onClick={finish}>
          Stäng
        </button>
      </div>
    </dialog>
  );
}
