import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExportError } from './exportError';

/**
 * Writes to a temporary name in the same folder, fsyncs and renames: readers see the old file or
 * the complete new one, never half a PDF.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx');
  } catch (err) {
    throw unwritable(path, err);
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw unwritable(path, err);
  }
}

function unwritable(path: string, err: unknown): ExportError {
  const reason =
    (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
  return new ExportError(
    'output-unwritable',
    `cannot write ${path} (${reason}): choose a folder you can write to`,
    `Filen ${path} kunde inte sparas (${reason}). Välj en mapp där du har skrivrättighet.`,
  );
}
