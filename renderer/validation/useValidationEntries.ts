import { useEffect, useState } from 'react';
import { draftStore, type DraftStore } from '../core/state/draftStore';
import { fieldProblems } from '../core/state/fieldProblems';
import { sameEntries, validationEntries, type ValidationEntry } from './validationEntries';

const compute = (store: DraftStore): ValidationEntry[] => {
  const draft = store.get();
  return draft ? validationEntries(draft) : [];
};

type IdleHandle = { cancel(): void };

// requestIdleCallback keeps validation off the typing path; the timeout bounds the wait.
function whenIdle(run: () => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 500 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = window.setTimeout(run, 0);
  return { cancel: () => window.clearTimeout(id) };
}

/**
 * The open draft's validation warnings, recomputed after edits settle (debounced, then on idle)
 * so typing never waits for validation of a 150-item protocol.
 */
export function useValidationEntries(
  store: DraftStore = draftStore,
  delayMs = 300,
): ValidationEntry[] {
  const [entries, setEntries] = useState<ValidationEntry[]>(() => compute(store));
  useEffect(() => {
    let seen = store.get();
    let timer: number | undefined;
    let idle: IdleHandle | undefined;
    const run = () => {
      const next = compute(store);
      setEntries((previous) => (sameEntries(previous, next) ? previous : next));
    };
    const schedule = () => {
      window.clearTimeout(timer);
      idle?.cancel();
      timer = window.setTimeout(() => (idle = whenIdle(run)), delayMs);
    };
    const off = store.subscribe(() => {
      if (store.get() === seen) return;
      seen = store.get();
      schedule();
    });
    const offProblems = fieldProblems.subscribe(schedule);
    run(); // the draft may have changed between the first render and this effect
    return () => {
      off();
      offProblems();
      window.clearTimeout(timer);
      idle?.cancel();
    };
  }, [store, delayMs]);
  return entries;
}
