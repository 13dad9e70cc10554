import { validateProtocol } from '../../../shared/validation/validateProtocol';
import { loadProtocolFile } from '../../services/files/readProtocolFile';
import type { CliCommand } from '../command';
import { parseArgs, reportError, resolveUserPath, UsageError } from '../options';

/**
 * `paragraf validate <file>`: exit 1 with one line naming the bad field when the file cannot be
 * loaded; otherwise print the warnings (if any) and exit 0.
 */
export const validateCommand: CliCommand = {
  summary: 'check a file: validate <file.protokoll> (exit 0 when it loads, warnings printed)',
  async run(args) {
    const { positionals } = parseArgs(args, []);
    if (positionals.length !== 1) throw new UsageError('usage: paragraf validate <file.protokoll>');
    const file = positionals[0]!;
    const result = await loadProtocolFile(resolveUserPath(file));
    if (!result.ok) return reportError(`${file}: ${result.error.en}`);
    const warnings = validateProtocol(result.value);
    const upgraded =
      result.migratedFrom !== undefined
        ? ` (upgraded from schema version ${result.migratedFrom})`
        : '';
    if (result.removedCharacters) {
      process.stdout.write(
        `warning [forbidden-characters] (file): ${result.removedCharacters} control or non-characters removed on load\n`,
      );
    }
    for (const w of warnings) {
      const where = [w.location.kind, w.location.id, w.location.field].filter(Boolean).join(' ');
      process.stdout.write(`warning [${w.code}] (${where}): ${w.en}\n`);
    }
    process.stdout.write(
      warnings.length === 0
        ? `${file}: valid, no warnings${upgraded}\n`
        : `${file}: valid, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}${upgraded}\n`,
    );
    return 0;
  },
};
