import { writeFile } from 'node:fs/promises';
import { atomicWriteFile } from '../services/files/atomicWrite';
import { nodeFs } from '../services/files/fsLayer';
import { reportError } from './options';

/**
 * Writes a new .protokoll the CLI made. Without `force` it never replaces a file (also one that
 * appeared meanwhile: "wx"); with it the file is replaced atomically. Returns the exit code of a
 * failure, already reported, or 0.
 */
export async function writeNewFile(
  target: string,
  shownAs: string,
  text: string,
  force = false,
): Promise<number> {
  try {
    if (force) await atomicWriteFile(nodeFs, target, text, { mode: 0o666 });
    else await writeFile(target, text, { encoding: 'utf8', flag: 'wx' });
    return 0;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return reportError(`${shownAs}: file already exists; not overwritten`);
    if (code === 'ENOENT') return reportError(`${shownAs}: the folder does not exist`);
    if (code === 'EISDIR') return reportError(`${shownAs}: is a folder`);
    if (code === 'EACCES' || code === 'EPERM') {
      return reportError(`${shownAs}: permission denied`);
    }
    return reportError(`${shownAs}: cannot write the file (${code ?? 'unknown error'})`);
  }
}
