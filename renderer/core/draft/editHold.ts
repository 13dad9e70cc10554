import type { EditHolder } from '../../../shared/ipc/contract';

/**
 * Someone else has the open draft open for editing (its edit lock names them): this window
 * shows it read-only and never saves it until the user takes it over.
 */
export interface EditHold {
  draftId: string;
  holder: EditHolder;
}

let hold: EditHold | null = null;
const listeners = new Set<() => void>();

export const editHold = {
  get: (): EditHold | null => hold,
  /** Set when a draft is opened: the holder, or null when this window may edit it. */
  set(draftId: string, holder: EditHolder | undefined): void {
    hold = holder ? { draftId, holder } : null;
    listeners.forEach((l) => l());
  },
  /** Whether the draft with this id is held by someone else. */
  holds(draftId: string | undefined): boolean {
    return !!hold && !!draftId && hold.draftId === draftId;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** "Öppnat av Anna på KS-PC12 sedan 09.14" (with the date when it was not today). */
export function heldByText(holder: EditHolder, today: Date = new Date()): string {
  const since = new Date(holder.since);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(since.getHours())}.${pad(since.getMinutes())}`;
  const sameDay = since.toDateString() === today.toDateString();
  const when = Number.isNaN(since.getTime())
    ? ''
    : ` sedan ${sameDay ? '' : `${since.getDate()}/${since.getMonth() + 1} `}${clock}`;
  return `Öppnat av ${holder.user} på ${holder.host}${when}`;
}
