import { BUILT_IN_TEMPLATES } from '../../../shared/template/builtInTemplates';
import type { CliCommand } from '../command';
import { parseArgs } from '../options';

/** `paragraf templates`: the built-in templates, one per line. */
export const templatesCommand: CliCommand = {
  summary: 'list the built-in templates',
  async run(args) {
    parseArgs(args, []);
    const width = Math.max(...BUILT_IN_TEMPLATES.map((t) => t.id.length));
    for (const t of BUILT_IN_TEMPLATES) {
      const numbering = t.numbering.style === 'paragraph' ? '§' : '1.';
      process.stdout.write(`${t.id.padEnd(width)}  ${t.name} [${t.language}, ${numbering}]\n`);
      process.stdout.write(`${''.padEnd(width)}  ${t.description}\n`);
    }
    return 0;
  },
};
