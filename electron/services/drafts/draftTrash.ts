import { join } from 'node:path';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { syncFolder } from './atomicWrite';
import { DraftError, isErrno, notFound } from './draftError';
import { DRAFT_EXT, draftFile, historyFolder, trashFolder, type LibraryPaths } from './draftPaths';
import { damagedSummary } from './draftList';
import { summarizeDraft } from './draftSummary';
import type { FsLayer } from './fsLayer';
import { readDraftFile } from './readDraftFile';

const TRASHED_DRAFT = `draft${DRAFT_EXT}`;

/**
 * The trash: trash/<id>/draft.protokoll plus trash/<id>/history/. Moving is by rename, so a
 * crash leaves each file either in the library or in the trash, never lost.
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

  /** Moves every file of `from` into `to`, keeping files already there. */
  async function moveFolder(from: string, to: string): Promise<void> {
    let names: string[];
    try {
      names = await fs.readdir(from);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return;
      throw error;
    }
    await fs.mkdir(to, { recursive: true });
    for (const name of names) await fs.rename(join(from, name), join(to, name));
    await syncFolder(fs, to);
    await fs.rm(from, { recursive: true, force: true });
  }

  return {
    has: (id: string) => exists(trashFolder(paths, id)),

    async trash(id: string): Promise<void> {
      const current = draftFile(paths, id);
      if (!(await exists(current))) throw notFound(id);
      const folder = trashFolder(paths, id);
      if (await exists(join(folder, TRASHED_DRAFT))) {
        throw new DraftError(
          'exists',
          `draft "${id}" is already in the trash`,
          'Ett utkast med samma id finns redan i papperskorgen.',
        );
      }
      await fs.mkdir(folder, { recursive: true });
      await fs.rename(current, join(folder, TRASHED_DRAFT));
      await syncFolder(fs, folder);
      await syncFolder(fs, paths.drafts);
      await moveFolder(historyFolder(paths, id), join(folder, 'history'));
    },

    async restore(id: string): Promise<void> {
      const folder = trashFolder(paths, id);
      const trashed = join(folder, TRASHED_DRAFT);
      if (!(await exists(trashed))) {
        throw new DraftError(
          'not-in-trash',
          `draft "${id}" is not in the trash`,
          'Utkastet finns inte i papperskorgen.',
        );
      }
      const current = draftFile(paths, id);
      if (await exists(current)) {
        throw new DraftError(
          'exists',
          `a draft with id "${id}" already exists`,
          'Ett utkast med samma id finns redan.',
        );
      }
      await moveFolder(join(folder, 'history'), historyFolder(paths, id));
      await fs.mkdir(paths.drafts, { recursive: true });
      await fs.rename(trashed, current);
      await syncFolder(fs, paths.drafts);
      if ((await fs.readdir(folder)).length === 0) await fs.rm(folder, { recursive: true });
    },

    async list(): Promise<DraftSummary[]> {
      let ids: string[];
      try {
        ids = await fs.readdir(paths.trash);
      } catch (error) {
        if (isErrno(error, 'ENOENT')) return [];
        throw error;
      }
      const out: DraftSummary[] = [];
      for (const id of ids.filter((n) => /^[A-Za-z0-9_-]{1,64}$/.test(n))) {
        const file = join(trashFolder(paths, id), TRASHED_DRAFT);
        try {
          const st = await fs.stat(file);
          const r = await readDraftFile(fs, file);
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
