import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DraftVersion } from '../../../shared/ipc/contract';
import { atomicWriteFile, syncFolder } from '../files/atomicWrite';
import { assertVersionId, DRAFT_EXT, historyFolder, inside, type LibraryPaths } from './draftPaths';
import { isErrno, writeRefusal } from './draftError';
import type { FsLayer } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';
import { removeAbandonedTemps } from '../files/ownedTemp';

/** A version file's name: "<milliseconds>-<random>.protokoll". */
const VERSION_FILE = /^(\d{13,16})-[a-z0-9]{1,16}\.protokoll$/;

/**
 * Earlier versions of a draft: history/<id>/<sequence>-<random>.protokoll. The number starts as
 * the time the version was saved and always grows (one more than the newest when the clock says
 * less), so the order of the numbers is the order of saving even after the clock was wrong. The
 * time shown and used for spacing is the file's own modification time. Only regular files with
 * such a name are versions; anything else in the folder is ignored, never opened.
 */
export interface DraftHistory {
  /** Keeps the file currently at `current` as a version (a hard link: no copy, no extra write). */
  snapshot(id: string, current: string): Promise<void>;
  list(id: string): Promise<DraftVersion[]>;
  /** Absolute path of a version, after validating the id. */
  pathOf(id: string, versionId: string): string;
  /** Keeps the newest `limit` versions and removes abandoned temp files. */
  prune(id: string, nowMs: number): Promise<void>;
  /**
   * When the newest version was saved, or 0 without history. A version dated after `nowMs` (saved
   * while the clock was ahead) has no known age and counts as old, so it never stops history.
   */
  newestAt(id: string, nowMs: number): Promise<number>;
}

const sequenceOf = (name: string) => Number(VERSION_FILE.exec(name)![1]);

export function createDraftHistory(fs: FsLayer, paths: LibraryPaths, limit: number): DraftHistory {
  /** Version file names, newest first. */
  async function names(id: string): Promise<string[]> {
    try {
      const entries = await fs.readdir(historyFolder(paths, id), { withFileTypes: true });
      return entries
        .filter((e) => e.isFile() && VERSION_FILE.test(e.name))
        .map((e) => e.name)
        .sort((a, b) => sequenceOf(b) - sequenceOf(a) || (a < b ? 1 : -1));
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return [];
      throw error;
    }
  }

  return {
    async snapshot(id, current) {
      let savedAt: Date;
      try {
        savedAt = (await fs.stat(current)).mtime;
      } catch (error) {
        if (isErrno(error, 'ENOENT')) return; // nothing saved yet
        throw error;
      }
      let sequence = Math.round(savedAt.getTime());
      const newest = (await names(id))[0];
      if (newest) sequence = Math.max(sequence, sequenceOf(newest) + 1);
      const folder = historyFolder(paths, id);
      await mkdirBelow(fs, paths.root, folder);
      const versionId = `${String(sequence).padStart(13, '0')}-${randomBytes(4).toString('hex')}`;
      const target = inside(folder, `${versionId}${DRAFT_EXT}`);
      try {
        await fs.link(current, target);
        await syncFolder(fs, folder);
      } catch (error) {
        if (writeRefusal(error) && !isErrno(error, 'EPERM')) throw error;
        // File systems without hard links (EPERM on FAT): copy through an atomic write instead.
        const text = await fs.readFile(current, 'utf8');
        await atomicWriteFile(fs, target, text, { mtime: savedAt });
      }
    },

    async list(id) {
      const folder = historyFolder(paths, id);
      const out: DraftVersion[] = [];
      for (const name of await names(id)) {
        const versionId = name.slice(0, -DRAFT_EXT.length);
        try {
          const st = await fs.stat(join(folder, name));
          if (!st.isFile()) continue;
          out.push({ versionId, savedAt: st.mtime.toISOString(), sizeBytes: st.size });
        } catch (error) {
          if (!isErrno(error, 'ENOENT')) throw error;
        }
      }
      return out;
    },

    pathOf(id, versionId) {
      return inside(historyFolder(paths, id), `${assertVersionId(versionId)}${DRAFT_EXT}`);
    },

    async prune(id, nowMs) {
      const folder = historyFolder(paths, id);
      for (const name of (await names(id)).slice(limit)) {
        await fs.unlink(join(folder, name)).catch(() => undefined);
      }
      await removeAbandonedTemps(fs, folder, nowMs);
    },

    async newestAt(id, nowMs) {
      const newest = (await names(id))[0];
      if (!newest) return 0;
      try {
        const savedAt = (await fs.stat(join(historyFolder(paths, id), newest))).mtimeMs;
        return savedAt > nowMs ? 0 : savedAt;
      } catch (error) {
        if (isErrno(error, 'ENOENT')) return 0;
        throw error;
      }
    },
  };
}
