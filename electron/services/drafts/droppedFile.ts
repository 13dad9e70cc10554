import { realpath, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { MAX_PROTOCOL_BYTES } from '../../../shared/protocol/parse';
import { ParagrafError } from '../../../shared/errors/paragrafError';

const EXT = /\.protokoll$/i;

/**
 * A path the page sent (a file dropped on the window) before anything reads it: absolute, a
 * .protokoll both as named and where a link leads, a regular file (never a FIFO or device that
 * would block), and small enough to be a protokoll. Returns the real path to import.
 */
export async function checkDroppedFile(path: string): Promise<string> {
  if (!isAbsolute(path) || !EXT.test(path)) {
    throw new ParagrafError(
      'not-protokoll',
      'the dropped path is not an absolute .protokoll path',
      'Bara .protokoll-filer kan öppnas genom att släppas i fönstret.',
    );
  }
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new ParagrafError(
      'import-unreadable',
      'the dropped file cannot be found',
      'Filen kunde inte hittas. Den kan ha flyttats eller tagits bort.',
    );
  }
  const st = await stat(real);
  if (!EXT.test(real) || !st.isFile()) {
    throw new ParagrafError(
      'not-protokoll',
      'the dropped path is not a regular .protokoll file',
      'Bara .protokoll-filer kan öppnas genom att släppas i fönstret.',
    );
  }
  if (st.size > MAX_PROTOCOL_BYTES) {
    const mb = (st.size / 1024 / 1024).toFixed(0);
    throw new ParagrafError(
      'too-large',
      `the dropped file is too large (${mb} MB) to be a protokoll`,
      `Filen är för stor (${mb} MB) för att vara ett protokoll.`,
    );
  }
  return real;
}
