import type { Protocol } from '../../../shared/protocol/protocol';

/**
 * A synchronous copy of unsaved edits written while the page unloads, when an asynchronous save
 * may not finish. The next start saves it through the normal drafts.save and then removes it.
 */
const KEY = 'paragraf.unsavedDraft';

export function writeJournal(protocol: Protocol): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(protocol));
  } catch {
    // Storage full or unavailable: the regular save is still under way.
  }
}

export function readJournal(): unknown {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

export function clearJournal(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
