import Store from 'electron-store';
import type { SettingsStore } from '../services/settings';

/** settings.json in userData, written atomically by electron-store. Never documents. */
export function createElectronSettingsStore(): SettingsStore {
  const store = new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: true });
  return {
    read: () => store.store,
    write: (data) => {
      store.store = data;
    },
  };
}
