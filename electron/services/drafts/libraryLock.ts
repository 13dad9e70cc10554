import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { isErrno, libraryUnreachable, writeRefusal } from './draftError';
import { inside } from './draftPaths';
import type { FsLayer } from '../files/fsLayer';
import { HOST, ownedTempName, ownerIsDead } from '../files/ownedTemp';

/** A lock is held for one save or move; one this old belongs to a process that hung or died. */
const STALE_LOCK_MS = 2 * 60_000;
/** How long a save waits for another instance's save of the same draft before giving up. */
const WAIT_LIMIT_MS = 30_000;

export type LibraryLock = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/** Tokens of the locks this process holds right now, in any library. */
const heldHere = new Set<string>();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A lock shared by every process that uses the library: locks/<key>.lock holds
 * "<host> <pid> <token>" of its holder. It is created complete (a temp file linked into place,
 * which fails when the lock exists), so a crash never leaves a lock without an owner. A lock whose
 * holder has exited on this computer, or that is older than STALE_LOCK_MS, is broken. When the
 * library cannot be written at all the task runs unlocked: it cannot overwrite anything either.
 */
export function createLibraryLock(fs: FsLayer, folder: string): LibraryLock {
  async function makeFolder(): Promise<void> {
    // Never recursive: a library root that vanished (a dropped share) must not be recreated.
    await fs.mkdir(folder).catch((error: unknown) => {
      if (isErrno(error, 'EEXIST')) return;
      throw isErrno(error, 'ENOENT') ? libraryUnreachable('lock the draft', error) : error;
    });
  }

  /** Creates the temp file; the folder is made only when missing (a round trip saved per lock). */
  async function openTemp(temp: string) {
    try {
      return await fs.open(temp, 'wx', 0o600);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
      await makeFolder();
      return fs.open(temp, 'wx', 0o600);
    }
  }

  /** Temp files of locks taken, removed while the task runs (not a round trip before it). */
  const cleanups = new Map<string, Promise<void>>();

  async function tryCreate(file: string, owner: string): Promise<boolean> {
    const temp = join(folder, ownedTempName('lock'));
    const handle = await openTemp(temp);
    let linked = false;
    try {
      await handle.writeFile(owner, 'utf8');
    } finally {
      await handle.close();
    }
    try {
      await fs.link(temp, file);
      linked = true;
      return true;
    } catch (error) {
      if (isErrno(error, 'EEXIST')) return false;
      // No hard links on this file system: an exclusive create, briefly empty.
      const direct = await fs.open(file, 'wx', 0o600).catch((e: unknown) => {
        if (isErrno(e, 'EEXIST')) return null;
        throw e;
      });
      if (!direct) return false;
      await direct.writeFile(owner, 'utf8').finally(() => direct.close());
      return true;
    } finally {
      const removal = fs.unlink(temp).then(
        () => undefined,
        () => undefined,
      );
      if (linked) cleanups.set(owner, removal);
      else await removal;
    }
  }

  /**
   * Locks this process could not remove because the folder had vanished (a dropped share);
   * removed at the next lock taken here, once the folder is back.
   */
  const unreleased = new Map<string, string>();

  async function releaseLeftovers(): Promise<void> {
    for (const [file, owner] of [...unreleased]) {
      try {
        if ((await fs.readFile(file, 'utf8')) === owner) await fs.unlink(file);
        unreleased.delete(file);
      } catch (error) {
        if (
          isErrno(error, 'ENOENT') &&
          (await fs.stat(folder).then(
            () => true,
            () => false,
          ))
        ) {
          unreleased.delete(file);
        }
      }
    }
  }

  async function isStale(file: string, holder: string): Promise<boolean> {
    const [host, pid, token] = holder.split(' ');
    if (host && pid && ownerIsDead(host, Number(pid))) return true;
    // Left by this very process when its folder vanished mid-save: nobody holds it any more.
    if (host === HOST && Number(pid) === process.pid && token && !heldHere.has(token)) return true;
    const st = await fs.stat(file);
    return Date.now() - st.mtimeMs > STALE_LOCK_MS;
  }

  /**
   * Moves the stale lock aside and checks that it was the stale one; if another process had
   * replaced it meanwhile, its lock is put back (a link fails rather than replace a newer one).
   */
  async function breakStale(file: string, holder: string): Promise<void> {
    const aside = join(folder, ownedTempName('stale-lock'));
    await fs.rename(file, aside);
    try {
      if ((await fs.readFile(aside, 'utf8')) !== holder) {
        await fs.link(aside, file).catch(() => undefined);
      }
    } finally {
      await fs.unlink(aside).catch(() => undefined);
    }
  }

  async function acquire(file: string, owner: string): Promise<boolean> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        if (await tryCreate(file, owner)) return true;
        const holder = await fs.readFile(file, 'utf8');
        if (await isStale(file, holder)) {
          await breakStale(file, holder);
          continue;
        }
      } catch (error) {
        if (writeRefusal(error)) return false;
        if (!isErrno(error, 'ENOENT')) throw error; // released meanwhile: try again
        continue;
      }
      if (Date.now() - started > WAIT_LIMIT_MS) {
        throw new ParagrafError(
          'busy',
          `the draft is locked by another instance (${file})`,
          'Utkastet sparas just nu i ett annat fönster. Försök igen om en stund.',
        );
      }
      await pause(Math.min(50, 2 + attempt * 2));
    }
  }

  return async (key, task) => {
    const file = inside(folder, `${key}.lock`);
    const token = randomBytes(6).toString('hex');
    const owner = `${HOST} ${process.pid} ${token}`;
    if (unreleased.size) await releaseLeftovers();
    heldHere.add(token);
    let locked = false;
    try {
      locked = await acquire(file, owner);
      return await task();
    } finally {
      heldHere.delete(token);
      await cleanups.get(owner);
      cleanups.delete(owner);
      if (locked) {
        try {
          if ((await fs.readFile(file, 'utf8')) === owner) await fs.unlink(file);
        } catch (error) {
          if (
            !isErrno(error, 'ENOENT') ||
            !(await fs.stat(folder).then(
              () => true,
              () => false,
            ))
          ) {
            unreleased.set(file, owner);
          }
        }
      }
    }
  };
}
