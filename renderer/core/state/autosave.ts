import type { Protocol } from '../../../shared/protocol/protocol';
import type { DraftStore } from './draftStore';

export type SaveStatus =
  | { kind: 'saved'; savedAt: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  /** The library folder cannot be reached: main keeps the draft locally and writes it back. */
  | { kind: 'kept-locally'; message: string };

/** What a save may report besides success. */
export interface SaveOutcome {
  /** Swedish text: the draft is kept locally until the library folder returns. */
  keptLocally?: string;
}

export interface AutosaverOptions {
  store: DraftStore;
  /** Writes the draft; rejects with an Error whose message is Swedish text for the user. */
  save(protocol: Protocol): Promise<void | SaveOutcome>;
  /** Quiet time after the last edit before saving (the brief allows at most one second). */
  delayMs?: number;
  /** Wait before retrying a failed save; the edits stay in memory meanwhile. */
  retryMs?: number;
  /** Longest wait between tries to write a locally kept draft back (doubling from retryMs). */
  maxRetryMs?: number;
  now?: () => Date;
}

export interface Autosaver {
  status(): SaveStatus;
  subscribe(listener: () => void): () => void;
  /** Saves now if there are unsaved edits; resolves when the store is saved or the save failed. */
  flush(): Promise<void>;
  dispose(): void;
}

/**
 * Saves the open draft a moment after typing stops. One save at a time; edits made while a save
 * is running trigger another. A failed save keeps the draft in memory, reports, and retries.
 */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { store, delayMs = 800, retryMs = 5000, now = () => new Date() } = options;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  let keptRetryMs = retryMs;
  let status: SaveStatus = { kind: 'saved', savedAt: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let lastRevision = store.revision();
  const listeners = new Set<() => void>();

  const setStatus = (next: SaveStatus) => {
    status = next;
    listeners.forEach((l) => l());
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };

  async function saveOnce(): Promise<void> {
    const protocol = store.get();
    const revision = store.revision();
    const retryingKept = status.kind === 'kept-locally';
    if (!protocol || (!store.isDirty() && !retryingKept)) return;
    if (!retryingKept) setStatus({ kind: 'saving' });
    try {
      const outcome = await options.save(protocol);
      store.markSaved(revision);
      if (outcome?.keptLocally) {
        // Kept safe locally; try again (with backoff) so the status turns "Sparat" when back.
        setStatus({ kind: 'kept-locally', message: outcome.keptLocally });
        schedule(keptRetryMs);
        keptRetryMs = Math.min(maxRetryMs, keptRetryMs * 2);
        return;
      }
      keptRetryMs = retryMs;
      setStatus(store.isDirty() ? { kind: 'dirty' } : { kind: 'saved', savedAt: now() });
      if (store.isDirty()) schedule(delayMs);
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      schedule(retryMs);
    }
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    // Wait for a save in progress, then save what was typed meanwhile.
    while (running) await running;
    if (!store.isDirty() && status.kind !== 'kept-locally') return;
    running = saveOnce().finally(() => (running = null));
    await running;
  }

  const unsubscribe = store.subscribe(() => {
    const revision = store.revision();
    if (revision === lastRevision) return;
    lastRevision = revision;
    if (!store.isDirty()) {
      // A load (open, restore, close) replaces the draft: nothing to save.
      if (status.kind !== 'saving')
        setStatus({ kind: 'saved', savedAt: status.kind === 'saved' ? status.savedAt : null });
      clearTimeout(timer);
      return;
    }
    if (status.kind !== 'error' && status.kind !== 'saving' && status.kind !== 'kept-locally') {
      setStatus({ kind: 'dirty' });
    }
    schedule(delayMs);
  });

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush,
    dispose() {
      clearTimeout(timer);
      unsubscribe();
      listeners.clear();
    },
  };
}
