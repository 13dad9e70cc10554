import { useEffect, useState } from 'react';
import type { DraftVersion } from '../../shared/ipc/contract';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { restoreVersion } from './libraryActions';

function savedText(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Earlier saved versions of one draft, newest first, each with what it changed, restorable. */
export function VersionList({ draftId, onRestored }: { draftId: string; onRestored(): void }) {
  const [versions, setVersions] = useState<DraftVersion[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    unwrap(api().drafts.history(draftId)).then(setVersions, (e: unknown) => setError(errorText(e)));
  }, [draftId]);
  if (error) return <p className="error">{error}</p>;
  if (!versions) return <p>Hämtar versioner…</p>;
  if (versions.length === 0) return <p className="hint">Inga tidigare versioner finns sparade.</p>;
  return (
    <ul className="version-list" aria-label="Tidigare versioner">
      {versions.map((v) => (
        <li key={v.versionId}>
          <span>{savedText(v.savedAt)}</span>
          <span className="version-changes">{v.changes ?? ''}</span>
          <span className="hint">{Math.max(1, Math.round(v.sizeBytes / 1024))} kB</span>
          <button
            type="button"
            onClick={() => void restoreVersion(draftId, v.versionId).then(onRestored)}
          >
            Återställ
          </button>
        </li>
      ))}
    </ul>
  );
}
