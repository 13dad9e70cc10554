import { mapStrings, removeForbiddenCharacters } from '../protocol/forbiddenCharacters';
import { formatPath } from '../protocol/loadError';
import { getTemplate } from './builtInTemplates';
import { templateSchema, type Template } from './templateSchema';

/** Largest template file read: the logo (at most 256 kB, base64) and the words fit well inside. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export type TemplateParse =
  { ok: true; template: Template } | { ok: false; en: string; sv: string };

/**
 * A template file's text → a template, through the same schema as the built-in templates.
 * Anything else (not JSON, a .protokoll, a template of a newer format) is refused with a
 * message in both languages; nothing here throws.
 */
export function parseTemplateText(text: string): TemplateParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      en: 'not a template: the file is not JSON',
      sv: 'Filen är ingen Paragraf-mall (den är inte JSON).',
    };
  }
  const record = json as Record<string, unknown> | null;
  if (record === null || typeof record !== 'object' || !('templateFormat' in record)) {
    return {
      ok: false,
      en: 'not a template: templateFormat is missing',
      sv: 'Filen är ingen Paragraf-mall.',
    };
  }
  if (record.templateFormat !== 1) {
    return {
      ok: false,
      en: `template format ${String(record.templateFormat).slice(0, 20)} is not supported`,
      sv: 'Mallen är gjord i en nyare version av Paragraf och kan inte läsas här.',
    };
  }
  const parsed = templateSchema.safeParse(mapStrings(json, removeForbiddenCharacters));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid';
    const logo = issue?.path[0] === 'branding' && issue.path[1] === 'logo';
    return {
      ok: false,
      en: `invalid template: ${where}`,
      sv: logo
        ? 'Mallens logotyp är ingen giltig PNG-bild; mallen lästes inte in.'
        : `Mallen är felaktig (${formatPath(issue?.path ?? [])}); den lästes inte in.`,
    };
  }
  return { ok: true, template: parsed.data };
}

/** Whether an id belongs to a template shipped with Paragraf (never written as an own one). */
export function isBuiltInTemplateId(id: string): boolean {
  return getTemplate(id) !== undefined;
}

/** A template as its file: pretty JSON, so a kansli can read and diff it. */
export function templateFileText(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
