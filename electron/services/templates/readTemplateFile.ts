import {
  MAX_TEMPLATE_BYTES,
  parseTemplateText,
  type TemplateParse,
} from '../../../shared/template/parseTemplate';
import { nodeFs, type FsLayer } from '../files/fsLayer';
import { FileRefusedError, readRegularFile } from '../files/readRegularFile';

const utf8 = new TextDecoder('utf-8', { fatal: true });

const fail = (en: string, sv: string): TemplateParse => ({ ok: false, en, sv });

/**
 * The one reader of template files (own templates in the library, imported files). Refuses
 * anything but a regular file of at most MAX_TEMPLATE_BYTES (checked on the open file, and
 * never read past the limit however it grows meanwhile), then binary
 * content, then parses through the template schema. Never changes the file; a file that
 * cannot be opened rejects with the file system's error.
 */
export async function readTemplateFile(path: string, fs: FsLayer = nodeFs): Promise<TemplateParse> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(fs, path, MAX_TEMPLATE_BYTES);
  } catch (error) {
    if (!(error instanceof FileRefusedError)) throw error;
    if (error.reason === 'not-a-file')
      return fail('not a regular file', 'Det är ingen vanlig fil.');
    return fail(
      `file is too large (${error.size} bytes) to be a template`,
      'Filen är för stor för att vara en Paragraf-mall.',
    );
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
