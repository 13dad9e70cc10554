import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DraftVersion } from '../../../shared/ipc/contract';
import { atomicWriteFile, isTempFile, syncFolder } from './atomicWrite';
import { assertVersionId, DRAFT_EXT, historyFolder, inside, type LibraryPaths } from './draftPaths';
import { isErrno } from './draftError';
import type { FsLayer } from './fsLayer';

/**
 * Earlier versions of a draft: history/<id>/<savedAtMs>-<random>.protokoll, named by the time
 * the version was saved so names sort by age.
 */
export interface DraftHistory {
  /** Keeps the file currently at `current` as a version (a hard link: no copy, no extra write). */
  snapshot(id: string, current: string): Promise<void>;
  list(id: string): Promise<DraftVersion[]>;
  /** Absolute path of a version, after validating the id. */
  pathOf(id: string, versionId: string): string;
  /** Keeps the newest `limit` versions. */
  prune(id: string): Promise<void>;
  /** The newest snapshot time, or 0 without history. */
  newestAt(id: string): Promise<number>;
}

export function createDraftHistory(fs: FsLayer, paths: LibraryPaths, limit: number): DraftHistory {
  async function names(id: string): Promise<string[]> {
    try {
      const all = await fs.readdir(historyFolder(paths, id));
      return all
        .filter((n) => n.endsWith(DRAFT_EXT) && !isTempFile(n))
        .sort()
        .reverse();
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw error;
    }
  }

  return {
    async snapshot(id, current) {
      let savedAtMs: number;
      try {
        savedAtMs = Math.round((await fs.stat(current)).mtimeMs);
      } catch (error) {
        if (isErrno(error, 'ENOENT')) return; // nothing saved yet
        throw error;
      }
      // Strictly increasing names even when two saves share a millisecond, so order is age.
      const newest = (await names(id))[0];
      if (newest) savedAtMs = Math.max(savedAtMs, Number(newest.split('-')[0]) + 1);
      const folder = historyFolder(paths, id);
      await fs.mkdir(folder, { recursive: true });
      const versionId = `${String(savedAtMs).padStart(13, '0')}-${randomBytes(4).toString('hex')}`;
      const target = inside(folder, `${versionId}${DRAFT_EXT}`);
      try {
        await fs.link(current, target);
        await syncFolder(fs, folder);
      } catch (error) {
        if (isErrno(error, 'ENOSPC') || isErrno(error, 'EACCES')) throw error;
        // File systems without hard links: copy through an atomic write instead.
        const text = await fs.readFile(current, 'utf8');
        await atomicWriteFile(fs, target, text);
      }
    },

    async list(id) {
      const folder = historyFolder(paths, id);
      const out: DraftVersion[] = [];
      for (const name of await names(id)) {
        const versionId = name.slice(0, -DRAFT_EXT.length);
        try {
          const st = await fs.stat(join(folder, name));
          const ms = Number(versionId.split('-')[0]);
          out.push({ versionId, savedAt: new Date(ms).toISOString(), sizeBytes: st.size });
        } catch (error) {
          if (!isErrno(error, 'ENOENT')) throw error;
        }
      }
      return out;
    },

    pathOf(id, versionId) {
      return inside(historyFolder(paths, id), `${assertVersionId(versionId)}${DRAFT_EXT}`);
    },

    async prune(id) {
      const folder = historyFolder(paths, id);
      for (const name of (await names(id)).slice(limit)) {
        await fs.unlink(join(folder, name)).catch(() => undefined);
      }
    },

    async newestAt(id) {
      const newest = (await names(id))[0];
      return newest ? Number(newest.split('-')[0]) : 0;
    },
  };
}
