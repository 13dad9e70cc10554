import { realpath, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { wordImportError } from '../../../shared/wordImport/wordImportError';
import { DOCX_LIMITS } from './unzipDocx';

const EXT = /\.docx$/i;

function notDocx(en: string): ParagrafError {
  return new ParagrafError(
    'not-docx',
    en,
    'Bara Word-dokument (.docx) kan importeras som protokoll.',
  );
}

/**
 * A .docx path the page sent (a dropped file) before anything reads it: absolute, .docx both as
 * named and where a link leads, a regular file (never a FIFO or device), within the size limit.
 * Returns the real path to read.
 */
export async function checkDroppedWordFile(path: string): Promise<string> {
  if (!isAbsolute(path) || !EXT.test(path)) throw notDocx('the path is not an absolute .docx path');
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
  if (!EXT.test(real) || !st.isFile()) throw notDocx('the path is not a regular .docx file');
  if (st.size > DOCX_LIMITS.fileBytes)
    throw wordImportError('too-large', `${real}: ${st.size} bytes`);
  return real;
}
