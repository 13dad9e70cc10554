import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { syncFolder } from '../files/atomicWrite';
import { isErrno, writeRefusal } from './draftError';
import { inside, type LibraryPaths } from './draftPaths';
import type { FsLayer } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';

async function target(fs: FsLayer, paths: LibraryPaths, file: string, now: Date): Promise<string> {
  await mkdirBelow(fs, paths.root, paths.quarantine);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return inside(paths.quarantine, `${stamp}-${randomBytes(3).toString('hex')}-${basename(file)}`);
}

/**
 * Moves a damaged or foreign file out of the way, never deleting it: the user or support can
 * still look at it. Returns where it went.
 */
export async function quarantineFile(
  fs: FsLayer,
  paths: LibraryPaths,
  file: string,
  now: Date,
): Promise<string> {
  const to = await target(fs, paths, file, now);
  await fs.rename(file, to);
  await syncFolder(fs, paths.quarantine);
  return to;
}

/**
 * Puts a copy of a damaged file in the quarantine and leaves the file itself in place, for the
 * caller to replace atomically: the draft never disappears from the list in between.
 */
export async function quarantineCopy(
  fs: FsLayer,
  paths: LibraryPaths,
  file: string,
  now: Date,
): Promise<string> {
  const to = await target(fs, paths, file, now);
  try {
    await fs.link(file, to);
  } catch (error) {
    if (writeRefusal(error) && !isErrno(error, 'EPERM')) throw error;
    await fs.copyFile(file, to);
  }
  await syncFolder(fs, paths.quarantine);
  return to;
}
