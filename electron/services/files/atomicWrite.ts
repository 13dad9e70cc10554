import { basename, dirname, join } from 'node:path';
import type { FsLayer } from './fsLayer';
import { ownedTempName } from './ownedTemp';

export { isTempFile, TEMP_SUFFIX } from './ownedTemp';

/**
 * The one way Paragraf writes a file (drafts, the library's own files, exports, copies).
 * Writes it so that after a crash or power loss it holds either the old or the new content,
 * never a mix: write a temp file in the same folder, fsync it, rename it over the target, fsync
 * the folder so the rename itself is durable. The temp file is named after its owner (see
 * ownedTemp.ts) and removed when anything fails. `mtime` stamps the file with the library's
 * clock, so save times and history spacing never mix two clocks.
 */
export async function atomicWriteFile(
  fs: FsLayer,
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  await commitTemp(fs, await writeTemp(fs, path, content, options), path);
}

export interface WriteOptions {
  mtime?: Date;
  /** Permissions before the umask: 0o600 (the owner only) unless said, 0o666 for exports. */
  mode?: number;
}

/**
 * The first half of an atomic write: the content in a durable temp file beside `path`, whose
 * name is returned. Split out so a save can do other work (keeping the previous version) while
 * the temp file is written; the caller either commits it or removes it.
 */
export async function writeTemp(
  fs: FsLayer,
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<string> {
  const temp = join(dirname(path), ownedTempName(basename(path)));
  try {
    const handle = await fs.open(temp, 'wx', options.mode ?? 0o600);
    try {
      await handle.writeFile(content);
      if (options.mtime) await handle.utimes(options.mtime, options.mtime);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  return temp;
}

/** The second half: renames the temp file over `path` and makes the rename durable. */
export async function commitTemp(fs: FsLayer, temp: string, path: string): Promise<void> {
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, dirname(path));
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
