import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DraftVersion } from '../../../shared/ipc/contract';
import { atomicWriteFile, syncFolder } from '../files/atomicWrite';
import { assertVersionId, DRAFT_EXT, historyFolder, inside, type LibraryPaths } from './draftPaths';
import { isErrno, writeRefusal } from './draftError';
import type { FsLayer } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';
import { removeAbandonedTemps } from '../files/ownedTemp';

/** A version file's name: "<milliseconds>-<random><ext>", e.g. "….protokoll". */
const versionFilePattern = (ext: string) =>
  new RegExp(`^(\\d{13,16})-[a-z0-9]{1,16}${ext.replace(/[.]/g, '\\.')}$`);

/**
 * Earlier versions of a draft: history/<id>/<sequence>-<random>.protokoll. The number starts as
 * the time the version was saved and always grows (one more than the newest when the clock says
 * less), so the order of the numbers is the order of saving even after the clock was wrong. The
 * time shown and used for spacing is the file's own modification time. Only regular files with
 * such a name are versions; anything else in the folder is ignored, never opened.
 */
/**
 * One read of a draft's history folder, shared by the steps of a save (each read is a round trip
 * on a network folder). Valid while the caller holds the draft's lock: only its holder writes there.
 */
export interface HistoryListing {
  /** Whether the folder exists (else a snapshot creates it). */
  exists: boolean;
  /** Version file names, newest first. */
  versions: string[];
  /** Every entry's name (for removing abandoned temp files). */
  all: string[];
}

export interface DraftHistory {
  read(id: string): Promise<HistoryListing>;
  /**
   * Keeps the file currently at `current` as a version (a hard link: no copy, no extra write).
   * A caller that has just read the folder and stat'ed `current` passes both; returns the new
   * version's file name, or null when there was nothing to keep.
   */
  snapshot(
    id: string,
    current: string,
    known?: { listing: HistoryListing; savedAt: Date | null },
  ): Promise<string | null>;
  list(id: string): Promise<DraftVersion[]>;
  /** Absolute path of a version, after validating the id. */
  pathOf(id: string, versionId: string): string;
  /** Keeps the newest `limit` versions and removes abandoned temp files. */
  prune(
    id: string,
    nowMs: number,
    known?: { listing: HistoryListing; added: string | null },
  ): Promise<void>;
  /**
   * When the newest version was saved, or 0 without history. A version dated after `nowMs` (saved
   * while the clock was ahead) has no known age and counts as old, so it never stops history.
   */
  newestAt(id: string, nowMs: number, listing?: HistoryListing): Promise<number>;
}

/**
 * `ext` names the kind of file kept: drafts (".protokoll") unless said; member registers keep
 * their versions the same way under their own history folder.
 */
export function createDraftHistory(
  fs: FsLayer,
  paths: Pick<LibraryPaths, 'root' | 'history'>,
  limit: number,
  ext: string = DRAFT_EXT,
): DraftHistory {
  const VERSION_FILE = versionFilePattern(ext);
  const sequenceOf = (name: string) => Number(VERSION_FILE.exec(name)![1]);
  const newestFirst = (a: string, b: string) => sequenceOf(b) - sequenceOf(a) || (a < b ? 1 : -1);

  async function read(id: string): Promise<HistoryListing> {
    try {
      const entries = await fs.readdir(historyFolder(paths, id), { withFileTypes: true });
      return {
        exists: true,
        versions: entries
          .filter((e) => e.isFile() && VERSION_FILE.test(e.name))
          .map((e) => e.name)
          .sort(newestFirst),
        all: entries.map((e) => e.name),
      };
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return { exists: false, versions: [], all: [] };
      throw error;
    }
  }

  /** Version file names, newest first. */
  const names = async (id: string) => (await read(id)).versions;

  async function currentSavedAt(current: string): Promise<Date | null> {
    try {
      return (await fs.stat(current)).mtime;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null; // nothing saved yet
      throw error;
    }
  }

  return {
    read,

    async snapshot(id, current, known) {
      const savedAt = known ? known.savedAt : await currentSavedAt(current);
      if (!savedAt) return null;
      const listing = known?.listing ?? (await read(id));
      let sequence = Math.round(savedAt.getTime());
      const newest = listing.versions[0];
      if (newest) sequence = Math.max(sequence, sequenceOf(newest) + 1);
      const folder = historyFolder(paths, id);
      if (!listing.exists) await mkdirBelow(fs, paths.root, folder);
      const versionId = `${String(sequence).padStart(13, '0')}-${randomBytes(4).toString('hex')}`;
      const target = inside(folder, `${versionId}${ext}`);
      try {
        await fs.link(current, target);
        await syncFolder(fs, folder);
      } catch (error) {
        if (writeRefusal(error) && !isErrno(error, 'EPERM')) throw error;
        // File systems without hard links (EPERM on FAT): copy through an atomic write instead.
        const text = await fs.readFile(current, 'utf8');
        await atomicWriteFile(fs, target, text, { mtime: savedAt });
      }
      return `${versionId}${ext}`;
    },

    async list(id) {
      const folder = historyFolder(paths, id);
      const out: DraftVersion[] = [];
      for (const name of await names(id)) {
        const versionId = name.slice(0, -ext.length);
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
      return inside(historyFolder(paths, id), `${assertVersionId(versionId)}${ext}`);
    },

    async prune(id, nowMs, known) {
      const folder = historyFolder(paths, id);
      const listing = known?.listing ?? (await read(id));
      const added = known?.added;
      const versions = added ? [added, ...listing.versions].sort(newestFirst) : listing.versions;
      for (const name of versions.slice(limit)) {
        await fs.unlink(join(folder, name)).catch(() => undefined);
      }
      await removeAbandonedTemps(fs, folder, nowMs, listing.all);
    },

    async newestAt(id, nowMs, listing) {
      const newest = (listing ?? (await read(id))).versions[0];
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
