import { useSyncExternalStore } from 'react';
import { COMMANDS } from '../../shared/commands';
import { runCommand } from '../core/commands';
import { saveStatusText } from '../core/draft/saveStatusText';
import { autosaver } from '../core/draft/session';
import { useDraft } from '../core/state/draftStore';

/** Draft title, save status and the command table's top bar buttons. */
export function TopBar() {
  const body = useDraft((d) => d.meeting.body);
  const date = useDraft((d) => d.meeting.date);
  const kind = useDraft((d) => d.meeting.documentKind);
  const draftIs = useDraft((d) => (d.status === 'kallelse' ? 'kallelse' : 'protokoll'));
  const open = body !== undefined;
  const status = useSyncExternalStore(autosaver.subscribe, autosaver.status);
  const title = open ? [kind, body || 'Namnlöst organ', date].filter(Boolean).join(' · ') : '';
  const shown = COMMANDS.filter(
    (c) =>
      c.topBar?.screen === (open ? 'editor' : 'start') &&
      (c.topBar.draft === undefined || c.topBar.draft === draftIs),
  );
  const buttons = shown.map((c) => (
    <button key={c.id} type="button" title={c.topBar?.title} onClick={() => runCommand(c.id)}>
      {c.topBar?.label}
    </button>
  ));

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
          <div className="topbar-actions">{buttons}</div>
        </>
      )}
      {!open && <div className="topbar-actions topbar-end">{buttons}</div>}
    </header>
  );
}
