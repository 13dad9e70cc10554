import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Settings } from '../../shared/ipc/contract';
import { errorText } from '../core/ipc/paragraf';
import { trapTab } from '../core/widgets/focusTrap';
import { LibraryFolderSection } from './LibraryFolderSection';
import { TemplatesSection } from './templates/TemplatesSection';
import { settingsClient, type SettingsPatch } from './settingsClient';
import './settings.css';

export interface SettingsDialogProps {
  initial: Settings;
  /** Called after a save (with what main kept) or a cancel (null). */
  onClose(saved: Settings | null): void;
  /** Opens Inställningar › Mallar above this dialog. */
  onOpenTemplates?(): void;
}

/** Arkiv › Inställningar…: the author name, the default export folder, open after export. */
export function SettingsDialog({ initial, onClose, onOpenTemplates }: SettingsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const id = useId();
  const [authorName, setAuthorName] = useState(initial.authorName);
  const [folder, setFolder] = useState(initial.defaultExportFolder);
  const [openAfter, setOpenAfter] = useState(initial.openAfterExport);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    firstField.current?.focus();
  }, []);

  // Close the modal before React removes it, so the focus can go back to the page.
  const finish = (saved: Settings | null) => {
    dialog.current?.close();
    onClose(saved);
  };

  const chooseFolder = async () => {
    try {
      const chosen = await settingsClient.chooseFolder();
      if (chosen !== null) setFolder(chosen);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    const patch: SettingsPatch = {
      authorName: authorName.trim(),
      defaultExportFolder: folder.trim(),
      openAfterExport: openAfter,
    };
    try {
      finish(await settingsClient.save(patch));
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="settings-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault(); // Escape: close through React so the focus returns once
        finish(null);
      }}
      onKeyDown={(e) => trapTab(e, dialog.current)}
    >
      <form onSubmit={(e) => void save(e)}>
        <h2 id={`${id}-heading`}>Inställningar</h2>
        <div className="field">
          <label htmlFor={`${id}-author`}>
            Ditt namn – används som författare i exporterade PDF- och Word-filer
          </label>
          <input
            ref={firstField}
            id={`${id}-author`}
            value={authorName}
            maxLength={200}
            autoComplete="name"
            aria-describedby={`${id}-author-hint`}
            onChange={(e) => setAuthorName(e.target.value)}
          />
          <p id={`${id}-author-hint`} className="hint">
            Utan namn används sekreterarens namn från underskrifterna. Namnet visas också för
            kollegor när du har ett protokoll öppet i ett delat bibliotek (utan namn: ditt
            inloggningsnamn).
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-folder`}>Mapp för export</label>
          <div className="settings-folder-row">
            <input
              id={`${id}-folder`}
              value={folder}
              maxLength={4096}
              spellCheck={false}
              aria-describedby={`${id}-folder-hint`}
              onChange={(e) => setFolder(e.target.value)}
            />
            <button type="button" onClick={() => void chooseFolder()}>
              Välj mapp…
            </button>
          </div>
          <p id={`${id}-folder-hint`} className="hint">
            Där Exportera PDF och Exportera Word börjar leta. Tom: mappen Dokument.
          </p>
        </div>
        <div className="settings-check">
          <input
            id={`${id}-open-after`}
            type="checkbox"
            checked={openAfter}
            onChange={(e) => setOpenAfter(e.target.checked)}
          />
          <label htmlFor={`${id}-open-after`}>Öppna filen efter export</label>
        </div>
        <LibraryFolderSection />
        {onOpenTemplates && <TemplatesSection onOpen={onOpenTemplates} />}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="settings-actions">
          <button type="submit" className="primary" disabled={busy}>
            Spara
          </button>
          <button type="button" onClick={() => finish(null)}>
            Avbryt
          </button>
        </div>
      </form>
    </dialog>
  );
}
