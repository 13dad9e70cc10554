import { atomicWriteFile } from '../files/atomicWrite';
import { nodeFs } from '../files/fsLayer';
import { ParagrafError } from '../../../shared/errors/paragrafError';

/**
 * An exported file, written the one atomic way (temp file, fsync, rename, fsync of the folder):
 * readers see the old file or the complete new one, never half a PDF.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  try {
    // An export is for others to read: the usual permissions, as any program would write it.
    await atomicWriteFile(nodeFs, path, bytes, { mode: 0o666 });
  } catch (err) {
    throw unwritable(path, err);
  }
}

function unwritable(path: string, err: unknown): ParagrafError {
  const reason =
    (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
  return new ParagrafError(
    'output-unwritable',
    `cannot write ${path} (${reason}): choose a folder you can write to`,
    `Filen ${path} kunde inte sparas (${reason}). Välj en mapp där du har skrivrättighet.`,
  );
}
