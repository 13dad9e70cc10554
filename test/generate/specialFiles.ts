import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';

/** What a stranger can leave under a file's name: nothing here is a regular file. */
export const SPECIAL_FILES: Record<string, (path: string) => Promise<void>> = {
  fifo: async (path) => {
    execFileSync('mkfifo', [path]);
  },
  'link to a FIFO': async (path) => {
    const fifo = `${path}.fifo`;
    execFileSync('mkfifo', [fifo]);
    await symlink(fifo, path);
  },
  'link to an endless device': (path) => symlink('/dev/zero', path),
  folder: (path) => mkdir(path),
};
