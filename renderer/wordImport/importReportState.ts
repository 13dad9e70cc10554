import { useSyncExternalStore } from 'react';
import type { ImportReport } from '../../shared/wordImport/importReport';

/** The report of the last Word import, shown until the user closes it; null when none. */
let report: ImportReport | null = null;
const listeners = new Set<() => void>();

export function showImportReport(next: ImportReport | null): void {
  report = next;
  listeners.forEach((l) => l());
}

export function useImportReport(): ImportReport | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => report,
  );
}
