import type { SaveStatus } from '../state/autosave';

/** "14.02": Swedish clock time as secretaries write it. */
export function clockText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

/** What the top bar says about saving. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.savedAt ? `Sparat ${clockText(status.savedAt)}` : 'Sparat';
    case 'dirty':
      return 'Ej sparat';
    case 'saving':
      return 'Sparar…';
    case 'error':
      return `Ej sparat: ${status.message}`;
    case 'kept-locally':
      return status.message;
  }
}
