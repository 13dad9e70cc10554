import { dirname } from 'node:path';
import { readProtocolFile } from '../../services/protocolFile';
import { createChromiumPdfEngine } from '../../services/export/chromiumPdfEngine';
import { ExportError, createExportService } from '../../services/export/exportService';
import type { CliCommand } from '../command';
import { parseArgs, reportError, resolveUserPath, UsageError } from '../options';

const SYNOPSIS =
  'export <file.protokoll> --pdf <out.pdf> [--docx <out.docx>] [--pdfa] [--web] ' +
  '[--allow-appendix-dir <dir>]';
const USAGE = `usage: paragraf ${SYNOPSIS}`;

/**
 * `paragraf export`: the same PDF and DOCX the app writes. Appendix paths in the file are
 * resolved against the file's folder and only files in it (or below) are read, unless
 * --allow-appendix-dir names one more folder whose files may be named by absolute path.
 * Exit 1 with one line naming the problem.
 */
export const exportCommand: CliCommand = {
  summary: SYNOPSIS,
  async run(args) {
    const { options, positionals } = parseArgs(
      args,
      ['pdf', 'docx', 'allow-appendix-dir'],
      ['pdfa', 'web'],
    );
    const allowed = options['allow-appendix-dir'];
    const pdf = typeof options.pdf === 'string' ? resolveUserPath(options.pdf) : undefined;
    const docx = typeof options.docx === 'string' ? resolveUserPath(options.docx) : undefined;
    if (positionals.length !== 1 || (!pdf && !docx)) throw new UsageError(USAGE);
    // The web version is a PDF only; a DOCX beside it would silently be the full protokoll.
    if (options.web === true && (!pdf || docx)) throw new UsageError(USAGE);
    const file = resolveUserPath(positionals[0]!);
    const loaded = await readProtocolFile(file);
    if (!loaded.ok) return reportError(`${positionals[0]}: ${loaded.error.en}`);
    const service = createExportService({ engine: createChromiumPdfEngine() });
    try {
      if (pdf) {
        await service.exportPdf(loaded.value, pdf, {
          pdfa: options.pdfa === true,
          appendixAccess: {
            baseDir: dirname(file),
            allowedDirs: typeof allowed === 'string' ? [resolveUserPath(allowed)] : [],
          },
          // --web: the web publication version (items not for web and personnummer removed).
          ...(options.web === true ? { audience: 'web' as const } : {}),
        });
        process.stdout.write(`wrote ${pdf}\n`);
      }
      if (docx) {
        await service.exportDocx(loaded.value, docx);
        process.stdout.write(`wrote ${docx}\n`);
      }
      return 0;
    } catch (err) {
      if (err instanceof ExportError) return reportError(err.detail ?? err.en);
      throw err;
    } finally {
      await service.close();
    }
  },
};
