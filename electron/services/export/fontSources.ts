import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FontSources } from '../../../shared/export/html';

/** Where the shipped Liberation Sans lives in the source tree (the app passes its own fontDir). */
export const DEFAULT_FONT_DIR = fileURLToPath(
  new URL('../../../renderer/assets/fonts/', import.meta.url),
);

/** The family name the HTML uses, distinct from any installed font so the shipped files win. */
export const FONT_FAMILY = 'Paragraf Sans';

const FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
} as const;

/**
 * The four font files as data: URLs, so the HTML is self-contained (Chromium's setContent page
 * cannot load file: URLs) and the PDF embeds exactly the shipped font.
 */
export async function loadFontSources(fontDir: string = DEFAULT_FONT_DIR): Promise<FontSources> {
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([style, file]) => {
      const bytes = await readFile(join(fontDir, file));
      return [style, `data:font/ttf;base64,${bytes.toString('base64')}`] as const;
    }),
  );
  return { family: FONT_FAMILY, ...(Object.fromEntries(entries) as Omit<FontSources, 'family'>) };
}

/** The four font files as file: URLs, for an engine that loads the page from a local file. */
export function fileFontSources(fontDir: string = DEFAULT_FONT_DIR): FontSources {
  const url = (file: string) => pathToFileURL(join(fontDir, file)).href;
  return {
    family: FONT_FAMILY,
    regular: url(FILES.regular),
    bold: url(FILES.bold),
    italic: url(FILES.italic),
    boldItalic: url(FILES.boldItalic),
  };
}
