import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { Protocol } from '../../../shared/protocol/protocol';
import { newId } from '../../../shared/protocol/ids';
import { documentBlocks, headerBlocks } from '../../../shared/wordImport/documentBlocks';
import type { ImportReport } from '../../../shared/wordImport/importReport';
import { recogniseProtocol } from '../../../shared/wordImport/recognise/recogniseProtocol';
import { wordImportError } from '../../../shared/wordImport/wordImportError';
import { nodeFs } from '../files/fsLayer';
import { FileRefusedError, readRegularFile } from '../files/readRegularFile';
import { DOCX_LIMITS, unzipDocx } from './unzipDocx';

export interface WordImport {
  protocol: Protocol;
  report: ImportReport;
}

/** A Word protokoll's bytes as a new draft and a report; the bytes are only read. */
export function importWordBytes(data: Buffer, options: { now?: Date } = {}): WordImport {
  const parts = unzipDocx(data);
  return recogniseProtocol(documentBlocks(parts), {
    headers: headerBlocks(parts),
    id: newId('protokoll'),
    now: options.now ?? new Date(),
  });
}

/**
 * Reads a .docx (opened read-only, never written) and recognises it. A FIFO, device or folder,
 * and a file over the size limit, are refused before anything is read into memory.
 */
export async function importWordFile(
  path: string,
  options: { now?: Date } = {},
): Promise<WordImport> {
  let data: Buffer;
  try {
    data = await readRegularFile(nodeFs, path, DOCX_LIMITS.fileBytes);
  } catch (err) {
    if (err instanceof FileRefusedError) {
      if (err.reason === 'too-large')
        throw wordImportError('too-large', `${path}: ${err.size} bytes`);
      throw new ParagrafError(
        'word-import-unreadable',
        'the path is not a regular file',
        'Det valda är ingen vanlig fil och kan inte importeras.',
        { detail: path },
      );
    }
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ParagrafError(
      'word-import-unreadable',
      `cannot read the file (${code})`,
      'Filen kunde inte läsas.',
      { detail: `${path}: ${code}`, cause: err },
    );
  }
  return importWordBytes(data, options);
}
