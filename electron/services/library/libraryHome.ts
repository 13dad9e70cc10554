import type { LibraryChange, LibraryFolderChoice, LibraryInfo } from '../../../shared/ipc/contract';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { DraftLibrary } from '../drafts/draftLibrary';
import type { EditLocks } from '../drafts/editLock';
import type { SearchService } from '../search/searchService';
import { nodeFs, type FsLayer } from '../files/fsLayer';
import { inspectLibraryFolder } from './libraryFolder';
import { copyLibraryVerified, movedAwayName } from './moveLibrary';

export interface OpenedLibrary {
  drafts: DraftLibrary;
  editLocks: EditLocks;
  /** The archive search over this library's files. */
  search: SearchService;
}

export interface LibraryHomeOptions {
  /** The local library under the user data folder. */
  defaultFolder: string;
  /** The folder chosen in Inställningar ("" for the default) and how to remember a new one. */
  configuredFolder(): string;
  setConfiguredFolder(folder: string): void;
  /** Opens the library at a folder (the default one may be created, a chosen one never). */
  open(folder: string, isDefault: boolean): OpenedLibrary;
  /** A folder dialog, starting in `current`; null when cancelled. */
  chooseFolder(current: string): Promise<string | null>;
  fs?: FsLayer;
  now?: () => Date;
  log?: (message: string) => void;
}

export type RelocateMode = 'move' | 'use-existing' | 'use-default';

export interface LibraryHome {
  /** Always the library at the current place, also after a move. */
  readonly drafts: DraftLibrary;
  readonly editLocks: EditLocks;
  readonly search: SearchService;
  info(): LibraryInfo;
  chooseFolder(): Promise<LibraryFolderChoice | null>;
  relocate(mode: RelocateMode): Promise<LibraryChange>;
  /** Called with the new library after every switch (e.g. to write back kept saves). */
  onSwitch(listener: (library: OpenedLibrary) => void): void;
  close(): Promise<void>;
}

/** An object that always forwards to what `current()` returns now. */
function following<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const target = current();
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/**
 * Where the drafts library lives: the local default under the user data folder, or a folder
 * chosen in Inställningar (a network share or a synced folder shared by the kansli). Moving
 * copies every file and verifies its hash before switching; the old library is kept, renamed,
 * and never deleted.
 */
export function createLibraryHome(options: LibraryHomeOptions): LibraryHome {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const folderNow = () => options.configuredFolder() || options.defaultFolder;
  let current = options.open(folderNow(), !options.configuredFolder());
  let chosen: string | null = null;
  const listeners: ((library: OpenedLibrary) => void)[] = [];

  const info = (): LibraryInfo => ({
    folder: current.drafts.root,
    isDefault: !options.configuredFolder(),
    defaultFolder: options.defaultFolder,
  });

  async function switchTo(folder: string): Promise<void> {
    const isDefault = folder === options.defaultFolder;
    const next = options.open(folder, isDefault);
    await next.drafts.list(); // proves the folder can be opened before anything changes
    await current.editLocks.close();
    await current.search.close().catch(() => undefined);
    options.setConfiguredFolder(isDefault ? '' : folder);
    current = next;
    log(`drafts library now at ${folder}`);
    void current.search
      .open()
      .catch((e: unknown) => log(`search index failed to open: ${String(e)}`));
    listeners.forEach((l) => l(current));
  }

  function chosenFolder(): string {
    if (!chosen) {
      throw new ParagrafError(
        'no-folder-chosen',
        'no library folder was chosen',
        'Välj en mapp för biblioteket först.',
      );
    }
    return chosen;
  }

  return {
    drafts: following(() => current.drafts),
    editLocks: following(() => current.editLocks),
    search: following(() => current.search),
    info,
    async chooseFolder() {
      const folder = await options.chooseFolder(current.drafts.root);
      chosen = folder;
      return folder === null ? null : inspectLibraryFolder(fs, folder);
    },
    async relocate(mode) {
      if (mode === 'use-default') {
        await switchTo(options.defaultFolder);
        return { library: info(), sv: `Biblioteket finns nu i ${options.defaultFolder}.` };
      }
      const folder = chosenFolder();
      const found = await inspectLibraryFolder(fs, folder);
      if (mode === 'use-existing') {
        if (!found.hasLibrary) {
          throw new ParagrafError(
            'no-library-there',
            `${folder} holds no library`,
            'Mappen innehåller inget bibliotek. Välj "Flytta biblioteket hit" i stället.',
          );
        }
        await switchTo(folder);
        return {
          library: info(),
          sv: `Paragraf använder nu biblioteket i ${folder} (${found.draftCount} utkast).`,
        };
      }
      const from = current.drafts.root;
      await current.drafts.list(); // a library never opened yet is created, so there is one to move
      const count = await copyLibraryVerified(fs, from, folder);
      log(`copied and verified ${count} library files from ${from} to ${folder}`);
      await switchTo(folder);
      // Proven and in use: the old library is kept under a name that says it moved.
      const keptAt = movedAwayName(from, now());
      const renamed = await fs.rename(from, keptAt).then(
        () => true,
        (error: unknown) => {
          log(`old library left at ${from}: ${String(error)}`);
          return false;
        },
      );
      const oldPlace = renamed ? keptAt : from;
      return {
        library: info(),
        sv: `Biblioteket är flyttat till ${folder} (${count} filer kopierade och kontrollerade). Det gamla biblioteket finns kvar i ${oldPlace}.`,
        oldLibraryKeptAt: oldPlace,
      };
    },
    onSwitch(listener) {
      listeners.push(listener);
    },
    async close() {
      await current.search.close().catch(() => undefined);
      await current.editLocks.close();
    },
  };
}
