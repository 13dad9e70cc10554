/** Tells parts that list drafts that the library moved (Inställningar), so they list again. */
const listeners = new Set<() => void>();

export const libraryChanged = {
  emit(): void {
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
