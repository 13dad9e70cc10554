import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { syncFolder } from './atomicWrite';
import { inside, type LibraryPaths } from './draftPaths';
import type { FsLayer } from './fsLayer';

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
  await fs.mkdir(paths.quarantine, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = inside(
    paths.quarantine,
    `${stamp}-${randomBytes(3).toString('hex')}-${basename(file)}`,
  );
  await fs.rename(file, target);
  await syncFolder(fs, paths.quarantine);
  return target;
}
