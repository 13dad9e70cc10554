import { open } from 'node:fs/promises';
import { extname, join } from 'node:path';

/**
 * Claims a file name in a folder that no file has yet: "name.pdf", else "name (2).pdf",
 * "name (3).pdf" … The empty file is created exclusively (O_EXCL), so two exports never pick the
 * same name and an existing file is never overwritten; the caller then writes over its own claim.
 */
export async function claimFreshFileName(folder: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; n < 10_000; n++) {
    const path = join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    try {
      const handle = await open(path, 'wx', 0o666);
      await handle.close();
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new Error(`no free file name for ${name} in ${folder}`);
}
