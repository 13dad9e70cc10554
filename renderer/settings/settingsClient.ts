import type { Settings } from '../../shared/ipc/contract';
import { api, unwrap } from '../core/ipc/paragraf';

export type SettingsPatch = Partial<
  Pick<Settings, 'authorName' | 'defaultExportFolder' | 'openAfterExport'>
>;

type Listener = (settings: Settings) => void;
const listeners = new Set<Listener>();

/**
 * The renderer's view of the settings kept by main. Parts of the page that show settings (the
 * recent files) subscribe, so a save in the dialog shows at once.
 */
export const settingsClient = {
  async load(): Promise<Settings> {
    return unwrap(api().settings.get());
  },
  async save(patch: SettingsPatch): Promise<Settings> {
    const saved = await unwrap(api().settings.set(patch));
    listeners.forEach((l) => l(saved));
    return saved;
  },
  /** The folder chosen in the system's folder dialog, or null when cancelled. */
  async chooseFolder(): Promise<string | null> {
    return unwrap(api().dialogs.chooseFolder());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
