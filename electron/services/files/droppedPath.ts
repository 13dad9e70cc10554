import { realpath, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { ParagrafError } from '../../../shared/errors/paragrafError';

export interface DroppedKind {
  /** The file name ending the kind needs, e.g. /\.docx$/i. */
  ext: RegExp;
  maxBytes: number;
  /** The path is not of this kind (also where a link leads): English detail → error. */
  wrongKind(en: string): ParagrafError;
  tooLarge(real: string, size: number): ParagrafError;
}

/**
 * A path the page sent (a file dropped on the window) before anything reads it: absolute, of the
 * kind both as named and where a link leads, a regular file (never a FIFO or device that would
 * block), within the kind's size limit. Returns the real path to read.
 */
export async function checkDroppedPath(path: string, kind: DroppedKind): Promise<string> {
  if (!isAbsolute(path) || !kind.ext.test(path)) {
    throw kind.wrongKind('the dropped path is not an absolute path of the right kind');
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
  if (!kind.ext.test(real) || !st.isFile()) {
    throw kind.wrongKind('the dropped path is not a regular file of the right kind');
  }
  if (st.size > kind.maxBytes) throw kind.tooLarge(real, st.size);
  return real;
}
