import type { PrintDocument } from '../../print/printDocument';
import { mapStrings, removeForbiddenCharacters } from '../../protocol/forbiddenCharacters';
import { drawableText } from '../fontCoverage';
import { printPageCsp } from './contentSecurityPolicy';
import { documentCss } from './documentCss';
import { escapeHtml } from './escape';
import { fontFaceCss, PAGE_TOTAL_PLACEHOLDER, pageCss, type FontSources } from './pageCss';
import { blockHtml } from './renderBlocks';

/**
 * The two style elements: the fonts, which stay the same from one export to the next, and the
 * page and document styles. A print engine that keeps one page open swaps only the second.
 */
export const FONT_STYLE_ID = 'paragraf-fonts';
export const PRINT_STYLE_ID = 'paragraf-print';

export interface HtmlOptions {
  /** The shipped font; without it the system's Liberation Sans is used. */
  fonts?: FontSources;
  /**
   * A part of a document printed on its own: its page total is left to be filled in by
   * withPageNumbers, with the page its numbering starts at.
   */
  part?: boolean;
}

/**
 * A part's HTML (rendered with `part`) numbered as pages `first` to `first + n - 1` of a document
 * of `total` pages: the total written out, and the page counter starting at `first`.
 */
export function withPageNumbers(html: string, first: number, total: number): string {
  const numbered = html.replaceAll(PAGE_TOTAL_PLACEHOLDER, `"${total}"`);
  if (first === 1) return numbered;
  // The counter's first increment gives page 1 its number; later pages add one each.
  const close = numbered.indexOf('</style>', numbered.indexOf(`id="${PRINT_STYLE_ID}"`));
  const start = `\n@page :first { counter-increment: page ${first}; }\n`;
  return numbered.slice(0, close) + start + numbered.slice(close);
}

/**
 * Every text as it may be printed: without characters no document may hold, and with "?" for
 * what the shipped font cannot draw (the validation names those fields to the secretary).
 */
function printableDocument(doc: PrintDocument): PrintDocument {
  return mapStrings(doc, (text) => drawableText(removeForbiddenCharacters(text)));
}

/** The print model as one self-contained HTML document: the PDF source and the app's preview. */
export function renderHtml(input: PrintDocument, options: HtmlOptions = {}): string {
  const doc = printableDocument(input);
  const family = options.fonts?.family ?? 'Liberation Sans';
  const css = [pageCss(doc.furniture, options.part), documentCss(family)].join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.info.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(printPageCsp(options.fonts))}">
<title>${escapeHtml(doc.info.title)}</title>
<style id="${FONT_STYLE_ID}">${fontFaceCss(options.fonts)}</style>
<style id="${PRINT_STYLE_ID}">${css}</style>
</head>
<body>
<main>
${doc.blocks.map(blockHtml).join('\n')}
</main>
</body>
</html>
`;
}
