import type { DraftSummary } from '../../shared/ipc/contract';
import { restoreFromTrash } from './libraryActions';

/** The trash: removed drafts that can be brought back. */
export function TrashList({ trash, onChanged }: { trash: DraftSummary[]; onChanged(): void }) {
  if (trash.length === 0) return null;
  return (
    <details className="panel trash">
      <summary>Papperskorgen ({trash.length})</summary>
      <ul>
        {trash.map((d) => (
          <li key={d.id}>
            <span>
              {d.body || 'Namnlöst organ'} {d.date}
            </span>
            <button type="button" onClick={() => void restoreFromTrash(d.id).then(onChanged)}>
              Återställ
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
