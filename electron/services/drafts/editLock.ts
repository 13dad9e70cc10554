import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { EditHolder } from '../../../shared/ipc/contract';
import { atomicWriteFile } from '../files/atomicWrite';
import type { FsLayer } from '../files/fsLayer';
import { HOST, isProcessAlive } from '../files/ownedTemp';
import { isErrno } from './draftError';
import { assertDraftId, inside, type LibraryPaths } from './draftPaths';
import { createLibraryLock } from './libraryLock';

/** The holder refreshes its edit locks this often, so other computers see it is still there. */
export const HEARTBEAT_MS = 60_000;
/** An edit lock not refreshed for this long belongs to a computer that crashed or went away. */
export const STALE_EDIT_MS = 5 * 60_000;

const MAX_LOCK_BYTES = 4096;

const lockSchema = z.object({
  user: z.string().max(200),
  host: z.string().max(64),
  pid: z.number().int(),
  since: z.string().max(40),
  token: z.string().max(40),
});
type EditLockFile = z.infer<typeof lockSchema>;

export interface EditLocks {
  /** Takes the draft for editing; the holder when someone else is editing it (open read-only). */
  open(id: string): Promise<EditHolder | null>;
  /** Takes the draft over from its holder (after the user confirmed "Ta över"). */
  takeOver(id: string): Promise<void>;
  release(id: string): Promise<void>;
  /** Who else holds the draft now; null when nobody does, or this instance does. */
  heldElsewhere(id: string): Promise<EditHolder | null>;
  /** Whether this instance holds the draft (it was not taken over meanwhile). */
  holds(id: string): boolean;
  /** Refreshes every lock held (the heartbeat); drops those another instance took over. */
  refresh(): Promise<void>;
  /** Releases every lock and stops the heartbeat. */
  close(): Promise<void>;
}

export interface EditLockOptions {
  /** The name shown to others: the settings' name or the operating-system user. */
  user: () => string;
  /** Another computer's lock is stale after this long without a heartbeat. */
  staleMs?: number;
  /** Starts a timer refreshing the locks every HEARTBEAT_MS (off in tests that drive it). */
  heartbeat?: boolean;
  host?: string;
  log?: (message: string) => void;
}

/**
 * Edit locks: locks/<id>.edit names who has a draft open for editing (user, computer, since),
 * for as long as it is open, across processes and computers sharing the library. Every change
 * to a lock file runs under the library lock of "<id>.edit", so two instances never decide at
 * once. A lock is stale when its holder is a process that has exited on this computer, or when
 * it has not been refreshed for STALE_EDIT_MS (the holder's computer crashed or lost the share).
 */
export function createEditLocks(
  fs: FsLayer,
  paths: LibraryPaths,
  options: EditLockOptions,
): EditLocks {
  const guard = createLibraryLock(fs, paths.locks);
  const host = options.host ?? HOST;
  const staleMs = options.staleMs ?? STALE_EDIT_MS;
  const log = options.log ?? (() => undefined);
  const token = randomBytes(8).toString('hex');
  const held = new Map<string, string>(); // id → since
  const fileOf = (id: string) => inside(paths.locks, `${assertDraftId(id)}.edit`);

  async function read(id: string): Promise<{ lock: EditLockFile; ageMs: number } | null> {
    try {
      const file = fileOf(id);
      const st = await fs.stat(file);
      // A lock is a few hundred bytes; anything else in its place is not read.
      if (!st.isFile() || st.size > MAX_LOCK_BYTES) return null;
      const parsed = lockSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      // A damaged lock names nobody: it is treated as free rather than blocking the draft.
      return parsed.success ? { lock: parsed.data, ageMs: Date.now() - st.mtimeMs } : null;
    } catch (error) {
      if (isErrno(error, 'ENOENT') || error instanceof SyntaxError) return null;
      throw error;
    }
  }

  const mine = (lock: EditLockFile) => lock.token === token;

  function isStale(found: { lock: EditLockFile; ageMs: number }): boolean {
    const { lock, ageMs } = found;
    if (lock.host === host && lock.pid !== process.pid && !isProcessAlive(lock.pid)) return true;
    return ageMs > staleMs;
  }

  const holderOf = (lock: EditLockFile): EditHolder => ({
    user: lock.user,
    host: lock.host,
    since: lock.since,
  });

  async function write(id: string, since: string): Promise<void> {
    const user = options.user().trim().slice(0, 200) || 'okänd användare';
    const lock: EditLockFile = { user, host, pid: process.pid, since, token };
    await fs.mkdir(paths.locks).catch((e: unknown) => {
      if (!isErrno(e, 'EEXIST')) throw e;
    });
    await atomicWriteFile(fs, fileOf(id), JSON.stringify(lock));
    held.set(id, since);
  }

  async function heldElsewhere(id: string): Promise<EditHolder | null> {
    const found = await read(id);
    if (!found || mine(found.lock) || isStale(found)) return null;
    held.delete(id); // taken over: this instance no longer holds it
    return holderOf(found.lock);
  }

  let timer: ReturnType<typeof setInterval> | undefined;
  if (options.heartbeat) {
    timer = setInterval(() => void refresh(), HEARTBEAT_MS);
    timer.unref?.();
  }

  async function refresh(): Promise<void> {
    for (const [id, since] of [...held]) {
      await guard(`${id}.edit`, async () => {
        const found = await read(id);
        if (found && !mine(found.lock)) {
          held.delete(id);
          log(
            `edit lock of draft ${id} was taken over by ${found.lock.user} on ${found.lock.host}`,
          );
          return;
        }
        await write(id, since);
      }).catch((error: unknown) =>
        log(`could not refresh the edit lock of ${id}: ${String(error)}`),
      );
    }
  }

  async function release(id: string): Promise<void> {
    if (!held.has(id)) return;
    held.delete(id);
    await guard(`${assertDraftId(id)}.edit`, async () => {
      const found = await read(id);
      if (found && mine(found.lock)) await fs.unlink(fileOf(id)).catch(() => undefined);
    }).catch((error: unknown) => log(`could not release the edit lock of ${id}: ${String(error)}`));
  }

  return {
    open: (id) =>
      guard(`${assertDraftId(id)}.edit`, async () => {
        const found = await read(id);
        if (found && !mine(found.lock) && !isStale(found)) {
          held.delete(id);
          return holderOf(found.lock);
        }
        if (found && !mine(found.lock)) {
          log(
            `broke the stale edit lock of draft ${id} held by ${found.lock.user} on ${found.lock.host}`,
          );
        }
        await write(id, found && mine(found.lock) ? found.lock.since : new Date().toISOString());
        return null;
      }),
    takeOver: (id) =>
      guard(`${assertDraftId(id)}.edit`, async () => {
        const found = await read(id);
        if (found && !mine(found.lock)) {
          log(`draft ${id} taken over from ${found.lock.user} on ${found.lock.host}`);
        }
        await write(id, new Date().toISOString());
      }),
    release,
    heldElsewhere,
    holds: (id) => held.has(id),
    refresh,
    async close() {
      clearInterval(timer);
      for (const id of [...held.keys()]) await release(id);
    },
  };
}
