import { userInfo } from 'node:os';
import { createDraftLibrary, type DraftLibraryOptions } from '../drafts/draftLibrary';
import { libraryPaths } from '../drafts/draftPaths';
import { createEditLocks } from '../drafts/editLock';
import { nodeFs } from '../files/fsLayer';
import { createSearchService } from '../search/searchService';
import type { OpenedLibrary } from './libraryHome';

export interface OpenLibraryOptions extends Omit<DraftLibraryOptions, 'root' | 'createRoot'> {
  /** The name others see on the edit lock ("" → the operating-system user). */
  userName: () => string;
  /** Refresh edit locks every minute (the app); tests refresh by hand. */
  heartbeat?: boolean;
  /** Another computer's edit lock is stale after this long without a heartbeat. */
  staleEditMs?: number;
}

/** The operating-system user, when the settings give no name. */
export function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** The drafts library at `folder` with its edit locks, as the app and the tests open it. */
export function openLibraryAt(
  folder: string,
  isDefault: boolean,
  options: OpenLibraryOptions,
): OpenedLibrary {
  const { userName, heartbeat, staleEditMs, ...libraryOptions } = options;
  const search = createSearchService({
    root: folder,
    ...(libraryOptions.log ? { log: libraryOptions.log } : {}),
  });
  const drafts = createDraftLibrary({
    ...libraryOptions,
    root: folder,
    createRoot: isDefault,
    onChange: (id, protocol) => void search.update(id, protocol),
  });
  const editLocks = createEditLocks(libraryOptions.fs ?? nodeFs, libraryPaths(folder), {
    user: () => userName() || osUserName(),
    heartbeat: heartbeat ?? false,
    ...(staleEditMs !== undefined ? { staleMs: staleEditMs } : {}),
    ...(libraryOptions.log ? { log: libraryOptions.log } : {}),
  });
  return { drafts, editLocks, search };
}
