import { newId } from '../../../shared/protocol/ids';
import { serializeProtocol } from '../../../shared/protocol/parse';
import { isRealDate } from '../../../shared/validation/dateTime';
import { BUILT_IN_TEMPLATES, getTemplate } from '../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../shared/template/newProtocol';
import { readTemplateFile } from '../../services/templates/readTemplateFile';
import type { CliCommand } from '../command';
import { libraryTemplates } from '../libraryTemplates';
import { parseArgs, reportError, resolveUserPath, UsageError } from '../options';
import { writeNewFile } from '../writeNewFile';

const USAGE =
  'usage: paragraf new --template <id|file.template.json> --out <file.protokoll> [--library <folder>] [--body <organ>] [--date YYYY-MM-DD] [--first-number N]';

/** `paragraf new`: a new draft from a template, never over an existing file. */
export const newCommand: CliCommand = {
  summary:
    'create a draft: new --template <id|file.template.json> --out <file.protokoll> [--library <folder>] [--body <organ>] [--date YYYY-MM-DD]',
  async run(args) {
    const { options, positionals } = parseArgs(args, [
      'template',
      'out',
      'body',
      'date',
      'first-number',
      'library',
    ]);
    const templateId = options.template;
    const out = options.out;
    if (typeof templateId !== 'string' || typeof out !== 'string' || positionals.length > 0) {
      throw new UsageError(USAGE);
    }
    // A .json path is a template file (an own template shared as a file, or one in a library).
    const fromFile = templateId.endsWith('.json')
      ? await readTemplateFile(resolveUserPath(templateId)).catch(
          (e: unknown) => ({ ok: false, en: `cannot be read (${String(e)})` }) as const,
        )
      : undefined;
    if (fromFile && !fromFile.ok) return reportError(`template file ${templateId}: ${fromFile.en}`);
    // An id that is not built in may be one of the library's own templates.
    const library = typeof options.library === 'string' ? options.library : undefined;
    const own = library ? await libraryTemplates(library) : undefined;
    if (own && !own.ok) return reportError(own.en);
    const template = fromFile?.ok
      ? fromFile.template
      : (getTemplate(templateId) ?? (await own?.templates.get(templateId)));
    if (!template) {
      const ids = BUILT_IN_TEMPLATES.map((t) => t.id).join(', ');
      const where = library
        ? `, an own template of ${library} (paragraf templates --library ${library})`
        : ', an own template with --library <folder>';
      return reportError(
        `unknown template "${templateId}" (available: ${ids}${where}, or a .template.json file)`,
      );
    }
    const date = typeof options.date === 'string' ? options.date : undefined;
    if (date !== undefined && !isRealDate(date)) {
      return reportError(`--date: "${date}" is not a real date in the form YYYY-MM-DD`);
    }
    const firstText = options['first-number'];
    const firstNumber = typeof firstText === 'string' ? Number(firstText) : undefined;
    if (
      firstNumber !== undefined &&
      !(Number.isInteger(firstNumber) && firstNumber >= 1 && firstNumber <= 100_000)
    ) {
      return reportError(
        `--first-number: "${String(firstText)}" is not a whole number from 1 to 100000`,
      );
    }
    const protocol = createProtocolFromTemplate(template, {
      id: newId('protokoll'),
      now: new Date(),
      ...(typeof options.body === 'string' ? { body: options.body } : {}),
      ...(date ? { date } : {}),
      ...(firstNumber ? { firstNumber } : {}),
    });
    const failed = await writeNewFile(resolveUserPath(out), out, serializeProtocol(protocol));
    if (failed !== 0) return failed;
    process.stdout.write(
      `created ${out} from template ${template.id} (${protocol.items.length} items)\n`,
    );
    return 0;
  },
};
