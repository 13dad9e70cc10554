import { ParagrafError } from '../../../shared/errors/paragrafError';
import { wordImportError } from '../../../shared/wordImport/wordImportError';
import { checkDroppedPath } from '../files/droppedPath';
import { DOCX_LIMITS } from './unzipDocx';

/**
 * A .docx path the page sent (a dropped file), checked before anything reads it (see
 * checkDroppedPath). Returns the real path to read.
 */
export function checkDroppedWordFile(path: string): Promise<string> {
  return checkDroppedPath(path, {
    ext: /\.docx$/i,
    maxBytes: DOCX_LIMITS.fileBytes,
    wrongKind: (en) =>
      new ParagrafError(
        'not-docx',
        en.replace('of the right kind', '.docx'),
        'Bara Word-dokument (.docx) kan importeras som protokoll.',
      ),
    tooLarge: (real, size) => wordImportError('too-large', `${real}: ${size} bytes`),
  });
}
