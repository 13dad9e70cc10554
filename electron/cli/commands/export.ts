import { dirname } from 'node:path';
import { OUTPUT_KINDS, outputRow, type OutputKind } from '../../../shared/outputs';
import { loadProtocolFile } from '../../services/files/readProtocolFile';
import { createChromiumPdfEngine } from '../../services/export/chromiumPdfEngine';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { itemIdByNumber } from '../../../shared/protocol/itemByNumber';
import { createExportService } from '../../services/export/exportService';
import type { CliCommand } from '../command';
import { parseArgs, reportError, resolveUserPath, UsageError } from '../options';

const USAGE = `usage: paragraf export <file.protokoll> [--document ${OUTPUT_KINDS.join('|')}] [--item N ...] --pdf <out.pdf> [--docx <out.docx>] [--pdfa] [--web] [--allow-appendix-dir <dir>]`;

/** --document KIND, or the old --web for the webbversion; the protokoll by default. */
function documentOf(options: Record<string, string | true>): OutputKind {
  const named = options.document;
  if (named !== undefined && options.web === true) throw new UsageError(USAGE);
  if (options.web === true) return 'webbversion';
  if (named === undefined) return 'protokoll';
  if (!(OUTPUT_KINDS as readonly string[]).includes(named as string)) {
    throw new UsageError(`unknown document "${String(named)}"; one of ${OUTPUT_KINDS.join(', ')}`);
  }
  return named as OutputKind;
}

/**
 * `paragraf export`: any document of the outputs table, as the app writes it. Appendix paths in
 * the file are resolved against the file's folder and only files in it (or below) are read,
 * unless --allow-appendix-dir names one more folder whose files may be named by absolute path.
 * Exit 1 with one line naming the problem.
 */
export const exportCommand: CliCommand = {
  summary: USAGE.replace(/^usage: paragraf /, ''),
  async run(args) {
    const { options, positionals, lists } = parseArgs(
      args,
      ['pdf', 'docx', 'document', 'allow-appendix-dir'],
      ['pdfa', 'web'],
      ['item'],
    );
    const itemNumbers = lists.item ?? [];
    const allowed = options['allow-appendix-dir'];
    const pdf = typeof options.pdf === 'string' ? resolveUserPath(options.pdf) : undefined;
    const docx = typeof options.docx === 'string' ? resolveUserPath(options.docx) : undefined;
    if (positionals.length !== 1 || (!pdf && !docx)) throw new UsageError(USAGE);
    const document = documentOf(options);
    const row = outputRow(document);
    // A DOCX the document is not made as would silently be another document: refuse it.
    for (const [format, path] of [
      ['pdf', pdf],
      ['docx', docx],
    ] as const) {
      if (path && !row.formats.includes(format)) {
        throw new UsageError(
          `${document} is made as ${row.formats.join(' and ')} only (--web: PDF only); ${USAGE}`,
        );
      }
    }
    const takesItems = (row.takes as readonly string[]).includes('items');
    if (itemNumbers.length > 0 && !takesItems) {
      throw new UsageError(`${document} is made of the whole meeting and takes no --item`);
    }
    if (takesItems && itemNumbers.length === 0) {
      throw new UsageError(`${document} needs at least one --item N (the printed number, e.g. 49)`);
    }
    const file = resolveUserPath(positionals[0]!);
    const loaded = await loadProtocolFile(file);
    if (!loaded.ok) return reportError(`${positionals[0]}: ${loaded.error.en}`);
    const itemIds: string[] = [];
    for (const n of itemNumbers) {
      const id = itemIdByNumber(loaded.value, n);
      if (id === undefined) return reportError(`${positionals[0]}: no item numbered "${n}"`);
      itemIds.push(id);
    }
    const service = createExportService({ engine: createChromiumPdfEngine() });
    try {
      for (const [format, path] of [
        ['pdf', pdf],
        ['docx', docx],
      ] as const) {
        if (!path) continue;
        const request = { document, format, ...(takesItems ? { itemIds } : {}) };
        await service.exportDocument(loaded.value, request, path, {
          pdfa: options.pdfa === true,
          appendixAccess: {
            baseDir: dirname(file),
            allowedDirs: typeof allowed === 'string' ? [resolveUserPath(allowed)] : [],
          },
        });
        process.stdout.write(`wrote ${path}\n`);
      }
      return 0;
    } catch (err) {
      if (err instanceof ParagrafError) return reportError(err.detail ?? err.en);
      throw err;
    } finally {
      await service.close();
    }
  },
};
