import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FsLayer } from './fsLayer';

/** Temp files are hidden and named after their target so recovery can recognise them. */
export const TEMP_SUFFIX = '.tmp';

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/**
 * Writes a file so that after a crash or power loss it holds either the old or the new content,
 * never a mix: write a temp file in the same folder, fsync it, rename it over the target, fsync
 * the folder so the rename itself is durable. The temp file is removed when anything fails.
 */
export async function atomicWriteFile(fs: FsLayer, path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
    renamed = true;
    await syncFolder(fs, dir);
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Makes a rename or link in `dir` durable. Windows cannot open folders; NTFS journals renames. */
export async function syncFolder(fs: FsLayer, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
