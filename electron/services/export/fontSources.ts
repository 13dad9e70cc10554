import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontSources } from '../../../shared/export/html';
import { INLINE_FONT_PREFIX } from './printPage';

/** Where the shipped Liberation Sans lives in the source tree (the app passes its own fontDir). */
export const DEFAULT_FONT_DIR = fileURLToPath(
  new URL('../../../renderer/assets/fonts/', import.meta.url),
);

/** The family name the HTML uses, distinct from any installed font so the shipped files win. */
export const FONT_FAMILY = 'Paragraf Sans';

/** The shipped font files, one per style. */
export const FONT_FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
} as const;

/**
 * The four font files as data: URLs, so the HTML is self-contained (the page needs no file or
 * network access) and the PDF embeds exactly the shipped font.
 */
export async function loadFontSources(fontDir: string = DEFAULT_FONT_DIR): Promise<FontSources> {
  const entries = await Promise.all(
    Object.entries(FONT_FILES).map(async ([style, file]) => {
      const bytes = await readFile(join(fontDir, file));
      return [style, `${INLINE_FONT_PREFIX}${bytes.toString('base64')}`] as const;
    }),
  );
  return { family: FONT_FAMILY, ...(Object.fromEntries(entries) as Omit<FontSources, 'family'>) };
}

/** The four font files as served by a PDF engine under `baseUrl` (see PdfEngine.fontBaseUrl). */
export function servedFontSources(baseUrl: string): FontSources {
  return {
    family: FONT_FAMILY,
    regular: baseUrl + FONT_FILES.regular,
    bold: baseUrl + FONT_FILES.bold,
    italic: baseUrl + FONT_FILES.italic,
    boldItalic: baseUrl + FONT_FILES.boldItalic,
  };
}
