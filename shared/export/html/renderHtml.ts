import type { PrintDocument } from '../../print/printDocument';
import { mapStrings, removeForbiddenCharacters } from '../../protocol/forbiddenCharacters';
import { drawableText } from '../fontCoverage';
import { printPageCsp } from './contentSecurityPolicy';
import { documentCss } from './documentCss';
import { escapeHtml } from './escape';
import { fontFaceCss, pageCss, type FontSources } from './pageCss';
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
}

/** One empty page: a forced break and a pixel of height (empty boxes would share a page). */
const BLANK_PAGE = '<div style="break-before: page; height: 1px"></div>';

/**
 * A document's HTML with empty pages before and after its content. A part of a document printed
 * on its own gets as many as the other parts have pages, so the layout engine numbers its pages
 * "Sida x av y" as in the whole document; only the part's own pages are then printed.
 */
export function withBlankPages(html: string, before: number, after: number): string {
  const open = html.indexOf('<main>\n') + '<main>\n'.length;
  const close = html.lastIndexOf('</main>');
  return (
    html.slice(0, open) +
    BLANK_PAGE.repeat(before) +
    html.slice(open, close) +
    BLANK_PAGE.repeat(after) +
    html.slice(close)
  );
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
  const css = [pageCss(doc.furniture), documentCss(family)].join('\n');
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
