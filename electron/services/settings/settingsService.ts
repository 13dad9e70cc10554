import { z } from 'zod';
import type { Settings } from '../../../shared/ipc/contract';
import type { SettingsStore } from './settingsStore';

export const MAX_RECENT_FILES = 10;

const boundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

/** Each field falls back on its own, so one damaged value never resets the others. */
const storedSchema = z.object({
  authorName: z.string().max(200).catch(''),
  defaultExportFolder: z.string().max(4096).catch(''),
  recentFiles: z.array(z.string().max(4096)).max(MAX_RECENT_FILES).catch([]),
  openAfterExport: z.boolean().catch(false),
  windowBounds: boundsSchema.optional().catch(undefined),
  /** The drafts library folder chosen in Inställningar; "" for the local default. */
  libraryFolder: z.string().max(4096).catch(''),
});
type Stored = z.infer<typeof storedSchema>;

export type SettingsPatch = Partial<
  Pick<Settings, 'authorName' | 'defaultExportFolder' | 'openAfterExport'>
>;

export interface SettingsService {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
  /** Puts a file first in the recent list (deduplicated, at most 10). */
  addRecentFile(path: string): Settings;
  windowBounds(): WindowBounds | undefined;
  /** The chosen library folder ("" for the default); changed only by moving or switching it. */
  libraryFolder(): string;
  setLibraryFolder(folder: string): void;
  setWindowBounds(bounds: WindowBounds): void;
  /** Called after every change of the public settings (e.g. to rebuild the recent-files menu). */
  subscribe(listener: (settings: Settings) => void): () => void;
}

export function createSettingsService(store: SettingsStore): SettingsService {
  function read(): Stored {
    const raw = store.read();
    return storedSchema.parse(
      typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {},
    );
  }
  function publicView(s: Stored): Settings {
    return {
      authorName: s.authorName,
      defaultExportFolder: s.defaultExportFolder,
      recentFiles: [...s.recentFiles],
      openAfterExport: s.openAfterExport,
    };
  }
  const listeners = new Set<(settings: Settings) => void>();
  function update(change: (s: Stored) => Stored): Settings {
    const next = storedSchema.parse(change(read()));
    store.write({ ...next });
    const view = publicView(next);
    listeners.forEach((l) => l(publicView(next)));
    return view;
  }

  return {
    get: () => publicView(read()),
    set: (patch) =>
      update((s) => ({
        ...s,
        ...(patch.authorName !== undefined ? { authorName: patch.authorName.trim() } : {}),
        ...(patch.defaultExportFolder !== undefined
          ? { defaultExportFolder: patch.defaultExportFolder }
          : {}),
        ...(patch.openAfterExport !== undefined ? { openAfterExport: patch.openAfterExport } : {}),
      })),
    addRecentFile: (path) =>
      update((s) => ({
        ...s,
        recentFiles: [path, ...s.recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES),
      })),
    windowBounds: () => read().windowBounds,
    libraryFolder: () => read().libraryFolder,
    setLibraryFolder(folder) {
      store.write({ ...read(), libraryFolder: folder });
    },
    setWindowBounds(bounds) {
      const parsed = boundsSchema.safeParse(bounds);
      // Window bounds are not public settings: no listener needs to hear about them.
      if (parsed.success) store.write({ ...read(), windowBounds: parsed.data });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
