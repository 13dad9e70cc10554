import { open } from 'node:fs/promises';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { Protocol } from '../../../shared/protocol/protocol';
import { newId } from '../../../shared/protocol/ids';
import { documentBlocks, headerBlocks } from '../../../shared/wordImport/documentBlocks';
import type { ImportReport } from '../../../shared/wordImport/importReport';
import { recogniseProtocol } from '../../../shared/wordImport/recognise/recogniseProtocol';
import { wordImportError } from '../../../shared/wordImport/wordImportError';
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
 * Reads a .docx (opened read-only, never written) and recognises it. A file over the size limit
 * is refused before it is read into memory.
 */
export async function importWordFile(
  path: string,
  options: { now?: Date } = {},
): Promise<WordImport> {
  let data: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > DOCX_LIMITS.fileBytes)
        throw wordImportError('too-large', `${path}: ${size} bytes`);
      data = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof ParagrafError) throw err;
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
