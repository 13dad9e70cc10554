import { BUILT_IN_TEMPLATES } from '../../../shared/template/builtInTemplates';
import type { Template } from '../../../shared/template/templateSchema';
import type { CliCommand } from '../command';
import { libraryTemplates } from '../libraryTemplates';
import { parseArgs, reportError, UsageError } from '../options';
import { terminalText } from '../terminalText';

const USAGE = 'usage: paragraf templates [--library <folder>]';

/** Two lines per template: id, name, language and numbering; then its description. */
function write(templates: readonly Template[], width: number): void {
  for (const t of templates) {
    const numbering = t.numbering.style === 'paragraph' ? '§' : '1.';
    const name = terminalText(t.name);
    process.stdout.write(`${t.id.padEnd(width)}  ${name} [${t.language}, ${numbering}]\n`);
    process.stdout.write(`${''.padEnd(width)}  ${terminalText(t.description)}\n`);
  }
}

/**
 * `paragraf templates`: the built-in templates, one per line; with `--library`, also the own
 * templates of that library (a damaged file is named on stderr, and the listing goes on).
 */
export const templatesCommand: CliCommand = {
  summary: 'list the built-in templates, and a library’s own with --library <folder>',
  async run(args) {
    const { options, positionals } = parseArgs(args, ['library']);
    if (positionals.length > 0) throw new UsageError(USAGE);
    const library = typeof options.library === 'string' ? options.library : undefined;
    const own = library ? await libraryTemplates(library) : undefined;
    if (own && !own.ok) return reportError(own.en);
    const list = own?.ok ? await own.templates.list() : { templates: [], problems: [] };
    const all = [...BUILT_IN_TEMPLATES, ...list.templates];
    const width = Math.max(...all.map((t) => t.id.length));
    write(BUILT_IN_TEMPLATES, width);
    if (library) {
      const count = list.templates.length;
      process.stdout.write(`\nown templates in ${terminalText(library)} (${count}):\n`);
      write(list.templates, width);
    }
    for (const p of list.problems) {
      const file = terminalText(p.file);
      process.stderr.write(`warning: template file ${file} not used: ${terminalText(p.en)}\n`);
    }
    return 0;
  },
};
