import { useSyncExternalStore } from 'react';
import { useDraft } from '../state/draftStore';
import { closeDraft, exportDraft } from './draftActions';
import { saveStatusText } from './saveStatusText';
import { autosaver, saveNow } from './session';
import { emitAppCommand } from './commandBus';

/** Draft title, save status and the document actions. */
export function TopBar() {
  const body = useDraft((d) => d.meeting.body);
  const date = useDraft((d) => d.meeting.date);
  const kind = useDraft((d) => d.meeting.documentKind);
  const open = body !== undefined;
  const status = useSyncExternalStore(autosaver.subscribe, autosaver.status);
  const title = open ? [kind, body || 'Namnlöst organ', date].filter(Boolean).join(' · ') : '';

  return (
    <header className="topbar">
      <div className="topbar-brand">Paragraf</div>
      {open && (
        <>
          <h1 className="topbar-title">{title}</h1>
          <p
            className={`save-status save-${status.kind}`}
            data-testid="save-status"
            aria-live="polite"
          >
            {saveStatusText(status)}
          </p>
          <div className="topbar-actions">
            <button type="button" onClick={() => void saveNow()}>
              Spara
            </button>
            <button type="button" onClick={() => emitAppCommand('preview')}>
              Förhandsgranska
            </button>
            <button type="button" onClick={() => void exportDraft('pdf')}>
              Exportera PDF
            </button>
            <button type="button" onClick={() => void exportDraft('docx')}>
              Exportera Word
            </button>
            <button
              type="button"
              title="PDF för webbpublicering: paragrafer som inte publiceras på webben och personnummer tas bort"
              onClick={() => void exportDraft('webPdf')}
            >
              Exportera webbversion
            </button>
            <button type="button" onClick={() => void closeDraft()}>
              Stäng
            </button>
          </div>
        </>
      )}
      {!open && (
        <div className="topbar-actions topbar-end">
          <button type="button" onClick={() => emitAppCommand('settings')}>
            Inställningar…
          </button>
        </div>
      )}
    </header>
  );
}
