import { join, relative, sep } from 'node:path';
import type { FsLayer } from './fsLayer';

/**
 * Creates `dir` and the folders between it and `root`, but never `root` itself: when the root
 * has vanished (a network share that dropped, a folder renamed away) this fails with ENOENT
 * instead of recreating the library, empty, on the local disk under the share's mount point.
 */
export async function mkdirBelow(fs: FsLayer, root: string, dir: string): Promise<void> {
  let current = root;
  for (const part of relative(root, dir).split(sep).filter(Boolean)) {
    current = join(current, part);
    try {
      await fs.mkdir(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
