import { existsSync } from 'node:fs';
import { serializeProtocol } from '../../../shared/protocol/parse';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { ImportReport } from '../../../shared/wordImport/importReport';
import { importWordFile } from '../../services/wordImport/importWordFile';
import type { CliCommand } from '../command';
import { parseArgs, reportError, resolveUserPath, UsageError } from '../options';
import { writeNewFile } from '../writeNewFile';

const USAGE = 'usage: paragraf import <in.docx> --out <file.protokoll> [--force]';

/** The report in English, one line each: what became fields, what was kept as text. */
export function reportLines(report: ImportReport): string {
  return [
    `recognised (${report.recognised.length}):`,
    ...report.recognised.map((n) => `  ${n.en}`),
    `not recognised (${report.unrecognised.length}):`,
    ...report.unrecognised.map((n) => `  ${n.en}`),
  ].join('\n');
}

/**
 * `paragraf import`: a Word protokoll as a new draft file. The .docx is only read; an existing
 * output is replaced only with --force (atomically, so a failed write leaves it as it was).
 */
export const importCommand: CliCommand = {
  summary: 'import a Word protokoll: import <in.docx> --out <file.protokoll> [--force]',
  async run(args) {
    const { options, positionals } = parseArgs(args, ['out'], ['force']);
    const out = options.out;
    if (positionals.length !== 1 || typeof out !== 'string') throw new UsageError(USAGE);
    const input = resolveUserPath(positionals[0]!);
    const target = resolveUserPath(out);
    if (target === input) return reportError(`${out}: is the Word file itself; not overwritten`);
    if (existsSync(target) && options.force !== true) {
      return reportError(`${out}: file already exists; not overwritten (use --force)`);
    }
    let imported;
    try {
      imported = await importWordFile(input);
    } catch (err) {
      if (err instanceof ParagrafError) return reportError(`${positionals[0]}: ${err.en}`);
      throw err;
    }
    const failed = await writeNewFile(
      target,
      out,
      serializeProtocol(imported.protocol),
      options.force === true,
    );
    if (failed !== 0) return failed;
    const { protocol, report } = imported;
    process.stdout.write(
      `imported ${positionals[0]} into ${out} (template ${protocol.templateId}, ${protocol.items.length} items, ${protocol.attendance.people.length} people)\n${reportLines(report)}\n`,
    );
    return 0;
  },
};
