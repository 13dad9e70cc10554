import { constants } from 'node:fs';
import {
  MAX_TEMPLATE_BYTES,
  parseTemplateText,
  type TemplateParse,
} from '../../../shared/template/parseTemplate';
import { nodeFs, type FsLayer } from '../files/fsLayer';

const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const utf8 = new TextDecoder('utf-8', { fatal: true });

const fail = (en: string, sv: string): TemplateParse => ({ ok: false, en, sv });

/**
 * The one reader of template files (own templates in the library, imported files). Refuses
 * anything but a regular file of at most MAX_TEMPLATE_BYTES before reading it, then binary
 * content, then parses through the template schema. Never changes the file; a file that
 * cannot be opened rejects with the file system's error.
 */
export async function readTemplateFile(path: string, fs: FsLayer = nodeFs): Promise<TemplateParse> {
  const handle = await fs.open(path, READ_FLAGS);
  let bytes: Buffer;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail('not a regular file', 'Det är ingen vanlig fil.');
    if (info.size > MAX_TEMPLATE_BYTES) {
      return fail(
        `file is too large (${info.size} bytes) to be a template`,
        'Filen är för stor för att vara en Paragraf-mall.',
      );
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = utf8.decode(bytes);
  } catch {
    return fail(
      'not a template: binary content',
      'Filen är ingen Paragraf-mall (den innehåller inte text).',
    );
  }
  return parseTemplateText(text);
}
