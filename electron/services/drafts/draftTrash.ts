import { join } from 'node:path';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { syncFolder } from '../files/atomicWrite';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { isErrno, notFound } from './draftError';
import { DRAFT_EXT, draftFile, historyFolder, trashFolder, type LibraryPaths } from './draftPaths';
import { damagedSummary } from './draftList';
import { summarizeDraft } from './draftSummary';
import type { FsLayer } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';
import { readProtocolFile } from '../files/readProtocolFile';

const TRASHED_DRAFT = `draft${DRAFT_EXT}`;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The trash: trash/<id>/draft.protokoll plus trash/<id>/history/. Where the draft file is decides
 * where the draft is: a draft is in the trash exactly when trash/<id>/draft.protokoll exists. So a
 * move has one commit point, the rename of that file; its history follows afterwards, and
 * `recover` finishes a move a crash interrupted (an empty or history-only trash folder beside a
 * live draft is such a leftover, never a reason to refuse saving).
 */
export function createDraftTrash(fs: FsLayer, paths: LibraryPaths) {
  async function exists(path: string): Promise<boolean> {
    try {
      await fs.stat(path);
      return true;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return false;
      throw error;
    }
  }

  /** Removes a folder only when it is empty, so a file that appeared meanwhile is never lost. */
  async function removeIfEmpty(folder: string): Promise<void> {
    await fs.rmdir(folder).catch((error: unknown) => {
      if (!isErrno(error, 'ENOENT') && !isErrno(error, 'ENOTEMPTY') && !isErrno(error, 'EEXIST')) {
        throw error;
      }
    });
  }

  /** Moves every entry of `from` into `to` (version names are unique, so nothing is replaced). */
  async function moveFolder(from: string, to: string): Promise<void> {
    let names: string[];
    try {
      names = await fs.readdir(from);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return;
      throw error;
    }
    if (names.length > 0) {
      await mkdirBelow(fs, paths.root, to);
      for (const name of names) {
        await fs.rename(join(from, name), join(to, name)).catch((error: unknown) => {
          if (!isErrno(error, 'ENOENT')) throw error; // moved by another instance's recovery
        });
      }
      await syncFolder(fs, to);
    }
    await removeIfEmpty(from);
  }

  const trashedFile = (id: string) => join(trashFolder(paths, id), TRASHED_DRAFT);

  /** Ids with a folder in the trash, trashed or left over from an interrupted move. */
  async function folders(): Promise<string[]> {
    try {
      return (await fs.readdir(paths.trash)).filter((n) => ID.test(n));
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw error;
    }
  }

  return {
    has: (id: string) => exists(trashedFile(id)),

    async trash(id: string): Promise<void> {
      const current = draftFile(paths, id);
      if (!(await exists(current))) throw notFound(id);
      const folder = trashFolder(paths, id);
      if (await exists(join(folder, TRASHED_DRAFT))) {
        throw new ParagrafError(
          'exists',
          `draft "${id}" is already in the trash`,
          'Ett utkast med samma id finns redan i papperskorgen.',
        );
      }
      await mkdirBelow(fs, paths.root, folder);
      await fs.rename(current, join(folder, TRASHED_DRAFT)); // the commit point
      await syncFolder(fs, folder);
      await syncFolder(fs, paths.drafts);
      await moveFolder(historyFolder(paths, id), join(folder, 'history'));
    },

    async restore(id: string): Promise<void> {
      const folder = trashFolder(paths, id);
      const trashed = join(folder, TRASHED_DRAFT);
      if (!(await exists(trashed))) {
        throw new ParagrafError(
          'not-in-trash',
          `draft "${id}" is not in the trash`,
          'Utkastet finns inte i papperskorgen.',
        );
      }
      const current = draftFile(paths, id);
      if (await exists(current)) {
        throw new ParagrafError(
          'exists',
          `a draft with id "${id}" already exists`,
          'Ett utkast med samma id finns redan.',
        );
      }
      await mkdirBelow(fs, paths.root, paths.drafts);
      await fs.rename(trashed, current); // the commit point
      await syncFolder(fs, paths.drafts);
      await syncFolder(fs, folder);
      await moveFolder(join(folder, 'history'), historyFolder(paths, id));
      await removeIfEmpty(folder);
    },

    folders,

    /** True for a trashed draft whose history is in the trash too: nothing to recover. */
    async isSettled(id: string): Promise<boolean> {
      return (await exists(trashedFile(id))) && !(await exists(historyFolder(paths, id)));
    },

    /**
     * Finishes a move that a crash interrupted: a trashed draft takes along the history still in
     * the library, a live draft takes back the history still in the trash, and the leftover
     * folder goes. A history-only folder without any draft is left as it is (nothing is deleted).
     */
    async recover(id: string): Promise<void> {
      const folder = trashFolder(paths, id);
      if (await exists(join(folder, TRASHED_DRAFT))) {
        await moveFolder(historyFolder(paths, id), join(folder, 'history'));
      } else if (await exists(draftFile(paths, id))) {
        await moveFolder(join(folder, 'history'), historyFolder(paths, id));
        await removeIfEmpty(folder);
      } else if ((await fs.readdir(folder).catch(() => ['?'])).length === 0) {
        await removeIfEmpty(folder);
      }
    },

    async list(): Promise<DraftSummary[]> {
      const out: DraftSummary[] = [];
      for (const id of await folders()) {
        const file = trashedFile(id);
        try {
          const st = await fs.stat(file);
          const r = await readProtocolFile(file, fs);
          out.push(
            r.ok && r.value.id === id
              ? summarizeDraft(r.value, st.mtime)
              : damagedSummary(id, st.mtime),
          );
        } catch (error) {
          if (!isErrno(error, 'ENOENT')) throw error;
        }
      }
      return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
  };
}
