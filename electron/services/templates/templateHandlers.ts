import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { TemplateSummary } from '../../../shared/ipc/contract';
import type { OwnTemplateList } from '../../../shared/ipc/templateChannels';
import { getTemplate, listTemplateSummaries } from '../../../shared/template/builtInTemplates';
import type { Template } from '../../../shared/template/templateSchema';
import { safeFileName } from '../../../shared/export/fileName';
import type { OwnTemplates } from './ownTemplates';
import { templateFromWordOutline, type WordOutlineReader } from './templateFromWord';

/** The native dialogs the template channels need (electron/main/dialogs.ts, stubs in tests). */
export interface TemplateDialogs {
  /** A template file (.json) to import; null when cancelled. */
  chooseTemplateFile(): Promise<string | null>;
  /** Where to write a template file, starting from the suggested name; null when cancelled. */
  chooseTemplateSavePath(suggestedName: string): Promise<string | null>;
  /** A Word protokoll (.docx) to make a template from; null when cancelled. */
  chooseWordFile(): Promise<string | null>;
}

export interface TemplateServices {
  library: OwnTemplates;
  dialogs: TemplateDialogs;
  /** The Word importer's reader, once it exists (see templateFromWord.ts). */
  readWordOutline?: WordOutlineReader;
}

const notFound = (id: string) =>
  new ParagrafError('template-not-found', `no template "${id}"`, 'Mallen finns inte.');

/** Built-in first, then own; an own template whose library cannot be read is just missing. */
export async function findTemplate(
  t: TemplateServices | undefined,
  id: string,
): Promise<Template | undefined> {
  return getTemplate(id) ?? (await t?.library.get(id));
}

/** The template channels' handlers; without TemplateServices only the built-in templates exist. */
export function templateHandlers(t: TemplateServices | undefined, log: (m: string) => void) {
  const services = () => {
    if (!t) {
      throw new ParagrafError(
        'no-own-templates',
        'own templates are not available here',
        'Egna mallar kan inte användas här.',
      );
    }
    return t;
  };
  const own = async (): Promise<OwnTemplateList> =>
    t
      ? t.library.list().catch((e: unknown) => {
          log(`own templates could not be listed: ${String(e)}`);
          return { templates: [], problems: [] };
        })
      : { templates: [], problems: [] };
  return {
    'templates.list': async (): Promise<TemplateSummary[]> => [
      ...listTemplateSummaries(),
      ...(await own()).templates.map((x) => ({
        id: x.id,
        name: x.name,
        description: x.description,
        own: true,
      })),
    ],
    'templates.get': async (id: string) => {
      const template = await findTemplate(t, id);
      if (!template) throw notFound(id);
      return template;
    },
    'templates.listOwn': async () => {
      services();
      return t!.library.list();
    },
    'templates.save': (template: Template) => services().library.save(template),
    'templates.create': (template: Template) => services().library.create(template),
    'templates.remove': async (id: string) => {
      await services().library.remove(id);
      return null;
    },
    'templates.importFile': async () => {
      const s = services();
      const path = await s.dialogs.chooseTemplateFile();
      return path === null ? null : s.library.importFile(path);
    },
    'templates.exportFile': async (id: string) => {
      const s = services();
      const template = await findTemplate(s, id);
      if (!template) throw notFound(id);
      // The same safe stem as every export; only the extension is the template file's own.
      const name = safeFileName([template.name], 'Mall', 'protokoll').replace(
        /\.protokoll$/,
        '.template.json',
      );
      const path = await s.dialogs.chooseTemplateSavePath(name);
      if (path === null) return null;
      await s.library.exportFile(template, path);
      return { path };
    },
    'templates.fromWord': async () => {
      const s = services();
      if (!s.readWordOutline) {
        throw new ParagrafError(
          'word-import-unavailable',
          'making a template from a Word file needs the Word importer, which is not part of this build',
          'Att skapa en mall från ett Word-protokoll går inte i den här versionen ännu.',
        );
      }
      const path = await s.dialogs.chooseWordFile();
      if (path === null) return null;
      const outline = await s.readWordOutline(path);
      const base =
        (outline.baseTemplateId && getTemplate(outline.baseTemplateId)) ||
        getTemplate('kommunal-namnd')!;
      return s.library.create(templateFromWordOutline(base, outline, 'Mall från Word-protokoll'));
    },
  };
}
