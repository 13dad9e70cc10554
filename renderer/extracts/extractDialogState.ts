import { useSyncExternalStore } from 'react';

/** The "Protokollsutdrag" dialog: closed, or open with the items chosen so far. */
export type ExtractDialogState = { open: false } | { open: true; itemIds: readonly string[] };

let state: ExtractDialogState = { open: false };
const listeners = new Set<() => void>();

function set(next: ExtractDialogState): void {
  state = next;
  listeners.forEach((l) => l());
}

/** Opens the dialog with these items chosen (from an item's menu), or none (from the menu). */
export function openExtractDialog(itemIds: readonly string[] = []): void {
  set({ open: true, itemIds });
}

export function closeExtractDialog(): void {
  set({ open: false });
}

export function useExtractDialog(): ExtractDialogState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
