import { join } from 'node:path';
import type { OwnTemplateList } from '../../../shared/ipc/templateChannels';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { isBuiltInTemplateId, templateFileText } from '../../../shared/template/parseTemplate';
import type { Template } from '../../../shared/template/templateSchema';
import { atomicWriteFile, isTempFile } from '../files/atomicWrite';
import { nodeFs, type FsLayer } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';
import { readTemplateFile } from './readTemplateFile';

/** Own templates live in the library, so a library on a shared folder shares them with the kansli. */
export const TEMPLATES_FOLDER = 'templates';
export const TEMPLATE_SUFFIX = '.template.json';
/** Removed templates are moved here, never deleted. */
const REMOVED_FOLDER = 'removed';

export interface OwnTemplatesOptions {
  /** The library folder now (it can move, see library/libraryHome.ts). */
  root(): string;
  fs?: FsLayer;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface OwnTemplates {
  list(): Promise<OwnTemplateList>;
  get(id: string): Promise<Template | undefined>;
  /** Writes a template under its id; refuses a built-in id and a damaged file in its place. */
  save(template: Template): Promise<Template>;
  /** Saves under a free id derived from the template's own (a copy or an import never overwrites). */
  create(template: Template): Promise<Template>;
  /** Moves the template's file to templates/removed/. */
  remove(id: string): Promise<void>;
  /** Reads a template file from anywhere and adds it as a new own template. */
  importFile(path: string): Promise<Template>;
  /** Writes a template (own or built-in) to a file to share. */
  exportFile(template: Template, path: string): Promise<void>;
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

function writeFailure(error: unknown): ParagrafError {
  const code = errno(error);
  const sv =
    code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
      ? 'Mallen kunde inte sparas: Paragraf får inte skriva i bibliotekets mapp.'
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? 'Mallen kunde inte sparas: disken är full.'
        : code === 'ENOENT'
          ? 'Mallen kunde inte sparas: bibliotekets mapp kan inte nås.'
          : 'Mallen kunde inte sparas.';
  return new ParagrafError(
    'template-not-saved',
    `the template could not be saved (${code ?? String(error)})`,
    sv,
    {
      cause: error,
    },
  );
}

/**
 * The kansli's own templates: one file per template, `<library>/templates/<id>.template.json`,
 * written with the one atomic writer and read through the template schema. A damaged or foreign
 * file is reported and left as it is.
 */
export function createOwnTemplates(options: OwnTemplatesOptions): OwnTemplates {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const folder = () => join(options.root(), TEMPLATES_FOLDER);
  const fileOf = (id: string) => join(folder(), `${id}${TEMPLATE_SUFFIX}`);

  async function names(): Promise<string[]> {
    try {
      return (await fs.readdir(folder())).filter(
        (n) => n.endsWith(TEMPLATE_SUFFIX) && !isTempFile(n),
      );
    } catch (error) {
      if (errno(error) === 'ENOENT') return [];
      throw error;
    }
  }

  async function list(): Promise<OwnTemplateList> {
    const templates: Template[] = [];
    const problems: OwnTemplateList['problems'] = [];
    for (const file of (await names()).sort()) {
      const id = file.slice(0, -TEMPLATE_SUFFIX.length);
      const result = await readTemplateFile(join(folder(), file), fs).catch(
        (e: unknown) =>
          ({
            ok: false,
            en: `cannot be read (${errno(e) ?? String(e)})`,
            sv: 'Filen kan inte läsas.',
          }) as const,
      );
      if (!result.ok) problems.push({ file, en: result.en, sv: result.sv });
      else if (result.template.id !== id || isBuiltInTemplateId(id)) {
        problems.push({
          file,
          en: `the template inside has id "${result.template.id}", not "${id}"`,
          sv: 'Filens namn stämmer inte med mallen i den; den används inte.',
        });
      } else templates.push(result.template);
    }
    for (const p of problems) log(`own template ${p.file}: ${p.en}`);
    return { templates, problems };
  }

  async function get(id: string): Promise<Template | undefined> {
    if (!/^[a-z0-9-]{1,64}$/.test(id)) return undefined;
    const result = await readTemplateFile(fileOf(id), fs).catch(() => null);
    return result?.ok && result.template.id === id ? result.template : undefined;
  }

  async function write(template: Template): Promise<Template> {
    try {
      await mkdirBelow(fs, options.root(), folder());
      await atomicWriteFile(fs, fileOf(template.id), templateFileText(template), {
        mtime: now(),
        mode: 0o666,
      });
    } catch (error) {
      throw writeFailure(error);
    }
    return template;
  }

  async function exists(id: string): Promise<boolean> {
    return fs.stat(fileOf(id)).then(
      () => true,
      (e: unknown) => errno(e) !== 'ENOENT',
    );
  }

  async function freeId(wanted: string): Promise<string> {
    const base = wanted.replace(/-\d+$/, '').slice(0, 58) || 'mall';
    for (let n = 1; n < 1000; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!isBuiltInTemplateId(id) && !(await exists(id))) return id;
    }
    throw new ParagrafError(
      'template-ids-exhausted',
      'no free template id',
      'Mallen kunde inte sparas.',
    );
  }

  async function create(template: Template): Promise<Template> {
    return write({ ...template, id: await freeId(template.id) });
  }

  return {
    list,
    get,
    async save(template) {
      if (isBuiltInTemplateId(template.id)) {
        throw new ParagrafError(
          'template-built-in',
          `"${template.id}" is a built-in template`,
          'En inbyggd mall kan inte ändras; kopiera den först.',
        );
      }
      if ((await exists(template.id)) && !(await get(template.id))) {
        throw new ParagrafError(
          'template-file-damaged',
          `templates/${template.id}${TEMPLATE_SUFFIX} exists but is not a valid template`,
          'Det finns redan en skadad mallfil med samma namn i biblioteket; den skrivs inte över.',
        );
      }
      return write(template);
    },
    create,
    async remove(id) {
      if (!(await get(id))) {
        throw new ParagrafError(
          'template-not-found',
          `no own template "${id}"`,
          'Mallen finns inte.',
        );
      }
      const removed = join(folder(), REMOVED_FOLDER);
      await mkdirBelow(fs, options.root(), removed);
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      await fs.rename(fileOf(id), join(removed, `${id}-${stamp}${TEMPLATE_SUFFIX}`));
    },
    async importFile(path) {
      const result = await readTemplateFile(path, fs).catch((e: unknown) => {
        throw new ParagrafError(
          'template-unreadable',
          `the template file cannot be read (${errno(e) ?? String(e)})`,
          'Mallfilen kan inte läsas.',
        );
      });
      if (!result.ok) throw new ParagrafError('template-invalid', result.en, result.sv);
      return create(result.template);
    },
    async exportFile(template, path) {
      try {
        await atomicWriteFile(fs, path, templateFileText(template), { mode: 0o666 });
      } catch (error) {
        throw new ParagrafError(
          'template-not-exported',
          `the template could not be written (${errno(error) ?? String(error)})`,
          'Mallen kunde inte sparas som fil.',
        );
      }
    },
  };
}
