import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { FsLayer } from './fsLayer';

/** Temp files are hidden and end in .tmp so every folder's clean-up can recognise them. */
export const TEMP_SUFFIX = '.tmp';

/**
 * A temp file left longer than this by a process that may still be alive (another computer on a
 * shared folder, a name without an owner) is abandoned: a save takes well under a second.
 */
export const STALE_TEMP_MS = 24 * 3_600_000;

/** This computer's name as it appears in temp and lock names (letters, digits and "-" only). */
export const HOST =
  hostname()
    .replace(/[^A-Za-z0-9-]/g, '')
    .slice(0, 32) || 'host';

const OWNED = /\.([A-Za-z0-9-]{1,32})\.(\d{1,10})\.[0-9a-f]{12}\.tmp$/;

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/** `.<name>.<host>.<pid>.<token>.tmp`: says which process writes it, so others leave it alone. */
export function ownedTempName(name: string): string {
  return `.${name}.${HOST}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

/** True unless the process is known not to exist (EPERM means it exists under another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Whether the owner named in a temp or lock name is a process on this computer that has exited. */
export function ownerIsDead(host: string, pid: number): boolean {
  return host === HOST && pid !== process.pid && pid > 0 && !isProcessAlive(pid);
}

function isAbandoned(name: string): boolean {
  const owner = OWNED.exec(name);
  return !!owner && ownerIsDead(owner[1]!, Number(owner[2]));
}

/**
 * Removes temp files in `dir` left by interrupted writes: those of processes that have provably
 * exited on this computer, and any older than STALE_TEMP_MS. Another running instance's temp
 * file is never touched, so its save in flight cannot fail.
 */
export async function removeAbandonedTemps(
  fs: FsLayer,
  dir: string,
  nowMs: number,
  /** The folder's entries when the caller has just read them (saves a round trip). */
  listed?: readonly string[],
): Promise<void> {
  let names: readonly string[];
  try {
    names = listed ?? (await fs.readdir(dir));
  } catch {
    return;
  }
  for (const name of names.filter(isTempFile)) {
    const file = join(dir, name);
    try {
      if (!isAbandoned(name) && nowMs - (await fs.stat(file)).mtimeMs < STALE_TEMP_MS) continue;
      await fs.unlink(file);
    } catch {
      // Already gone, or the folder is read-only: nothing to clean.
    }
  }
}
