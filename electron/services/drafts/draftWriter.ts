import type { SaveReceipt } from '../../../shared/ipc/contract';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { serializeProtocol } from '../../../shared/protocol/parse';
import type { Protocol } from '../../../shared/protocol/protocol';
import { commitTemp, writeTemp } from '../files/atomicWrite';
import type { FsLayer } from '../files/fsLayer';
import { hashText, seenFile, type SeenFile } from './conflictCopy';
import { isErrno, libraryUnreachable, storageError } from './draftError';
import type { DraftHistory } from './draftHistory';
import { assertDraftId, draftFile, type LibraryPaths } from './draftPaths';
import type { createDraftTrash } from './draftTrash';

export interface DraftWriterDeps {
  fs: FsLayer;
  paths: LibraryPaths;
  history: DraftHistory;
  trashBin: Pick<ReturnType<typeof createDraftTrash>, 'has'>;
  now: () => Date;
  log: (message: string) => void;
  /** Minimum age of the newest earlier version before another is kept. */
  historyIntervalMs: number;
  /** What this instance last loaded or saved of each draft; the writer keeps it current. */
  seen: Map<string, SeenFile>;
  onChange?: (id: string, protocol: Protocol | null) => void;
}

/**
 * How a draft reaches the disk: the earlier version linked into the history, the new text
 * written beside it and renamed into place, and what was written remembered (its hash), so a
 * later save can tell whether another instance wrote the draft meanwhile.
 */
export function createDraftWriter(deps: DraftWriterDeps) {
  const { fs, paths, history, trashBin, now, log, seen } = deps;

  /** Remembers the file as this instance wrote or read it; unknown when it cannot be read. */
  async function remember(id: string, text?: string): Promise<void> {
    try {
      seen.set(id, seenFile(hashText(text ?? (await fs.readFile(draftFile(paths, id))))));
    } catch {
      seen.delete(id);
    }
  }

  /** The save itself; callers hold the lock for the id. */
  async function write(protocol: Protocol, keepPrevious = false): Promise<SaveReceipt> {
    return (await writeUnlessChanged(protocol, keepPrevious, async () => false))!;
  }

  /**
   * The save, or null without writing anything when `changed` says the file was changed by
   * another instance. Callers hold the lock for the id.
   */
  async function writeUnlessChanged(
    protocol: Protocol,
    keepPrevious: boolean,
    changed: () => Promise<boolean>,
  ): Promise<SaveReceipt | null> {
    const id = assertDraftId(protocol.id);
    const file = draftFile(paths, id);
    // These only read, under the draft's lock: asked at once they cost one network round trip.
    const [isChanged, inTrash, savedAt, listing] = await Promise.all([
      changed(),
      trashBin.has(id),
      mtimeOf(file),
      history.read(id),
    ]).catch((error: unknown) => {
      throw error instanceof ParagrafError ? error : storageError('save the draft', error);
    });
    if (isChanged) return null;
    if (inTrash) {
      throw new ParagrafError(
        'in-trash',
        `draft "${id}" is in the trash; restore it before saving`,
        'Utkastet ligger i papperskorgen. Återställ det innan du sparar.',
      );
    }
    // A draft file that is there proves the folder is; only a new draft needs the check.
    if (!savedAt) await assertReachable();
    const text = serializeProtocol(protocol);
    const at = now();
    let added: string | null = null;
    try {
      const interval = deps.historyIntervalMs;
      const keep =
        keepPrevious ||
        interval <= 0 ||
        at.getTime() - (await history.newestAt(id, at.getTime(), listing)) >= interval;
      // The previous version is linked into the history while the new one is written; both
      // are durable before the rename makes the new one current.
      const [snapshot, temp] = await Promise.allSettled([
        keep ? history.snapshot(id, file, { listing, savedAt }) : Promise.resolve(null),
        writeTemp(fs, file, text, { mtime: at }),
      ]);
      if (snapshot.status === 'rejected' || temp.status === 'rejected') {
        if (temp.status === 'fulfilled') await fs.unlink(temp.value).catch(() => undefined);
        throw snapshot.status === 'rejected'
          ? snapshot.reason
          : (temp as PromiseRejectedResult).reason;
      }
      added = snapshot.value;
      await commitTemp(fs, temp.value, file);
    } catch (error) {
      if (error instanceof ParagrafError) throw error;
      // Only this process touches its temp file and the folders exist: a path that vanished
      // mid-save means the folder itself went away (a dropped share).
      if (isErrno(error, 'ENOENT')) throw libraryUnreachable('save the draft', error);
      throw storageError('save the draft', error);
    }
    await remember(id, text);
    await history
      .prune(id, at.getTime(), { listing, added })
      .catch((error: unknown) => log(`history prune failed: ${String(error)}`));
    deps.onChange?.(id, protocol);
    return { savedAt: at.toISOString() };
  }

  /**
   * A vanished folder (a dropped share, renamed away) shows as ENOENT on drafts/: say so before
   * any step of the save could create folders in its place.
   */
  async function assertReachable(): Promise<void> {
    try {
      await fs.stat(paths.drafts);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) throw libraryUnreachable('save the draft', error);
      throw storageError('save the draft', error);
    }
  }

  async function mtimeOf(file: string): Promise<Date | null> {
    try {
      return (await fs.stat(file)).mtime;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      throw error;
    }
  }

  return { remember, write, writeUnlessChanged };
}
