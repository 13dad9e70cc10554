import { rm } from 'node:fs/promises';
import { extractRecipients } from '../../../shared/outputs/extractRecipients';
import { outputRow, type OutputFormat } from '../../../shared/outputs';
import type { Protocol } from '../../../shared/protocol';
import type { ExportService, PdfOptions } from './exportService';
import { claimFreshFileName } from './uniqueFileName';

/** One written protokollsutdrag. */
export interface WrittenExtract {
  recipient: string;
  path: string;
}

/**
 * Expediering in one go: a protokollsutdrag per recipient named under the items' "Expedieras
 * till", with the items sent to them, written into `folder` under the outputs table's file name
 * for the utdrag. A name already taken gets " (2)", " (3)" …: nothing is overwritten.
 */
export async function writeExtractsByRecipient(
  exporter: Pick<ExportService, 'exportDocument'>,
  protocol: Protocol,
  folder: string,
  format: OutputFormat,
  opts: Pick<PdfOptions, 'author' | 'appendixAccess'> = {},
): Promise<WrittenExtract[]> {
  const row = outputRow('utdrag');
  const written: WrittenExtract[] = [];
  for (const { recipient, itemIds } of extractRecipients(protocol)) {
    const name = row.fileName(protocol, format, { itemIds, recipient });
    const path = await claimFreshFileName(folder, name);
    try {
      await exporter.exportDocument(protocol, { document: 'utdrag', format, itemIds }, path, opts);
    } catch (err) {
      // Leave no empty claimed file behind.
      await rm(path, { force: true });
      throw err;
    }
    written.push({ recipient, path });
  }
  return written;
}
