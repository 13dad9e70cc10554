/**
 * Where settings are kept: electron-store in the app (electron/main/electronSettingsStore.ts),
 * memory in tests. Settings only; documents never go here.
 */
export interface SettingsStore {
  read(): unknown;
  write(data: Record<string, unknown>): void;
}

export function createMemorySettingsStore(
  initial: unknown = {},
): SettingsStore & { data: unknown } {
  const store = {
    data: initial,
    read: () => store.data,
    write(data: Record<string, unknown>) {
      store.data = structuredClone(data);
    },
  };
  return store;
}
