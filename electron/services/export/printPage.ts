import { FONT_STYLE_ID, PRINT_STYLE_ID } from '../../../shared/export/html';
import { printPageCsp } from '../../../shared/export/html/contentSecurityPolicy';

/** Marks a font style element left empty because the print page already has those fonts. */
const UNCHANGED_ATTRIBUTE = 'data-unchanged';

/**
 * The print page's window (CSS px): smaller than any page, so a print media query can tell the
 * window from the page. Chromium lays a document out once at the window's size with print media
 * before its paginated layout, and nothing of that first layout is printed; the shell hides the
 * body while the media is this small, so only the paginated layout does real work (about a
 * seventh of the renderer's time for a 150-item protokoll, the same PDF).
 */
export const PRINT_WINDOW_SIZE = { width: 400, height: 300 } as const;

/**
 * A page a PDF engine keeps open (one per lane). It is loaded once; each export then swaps in the new
 * document's styles and body instead of navigating, so the fonts are decoded once per browser
 * and the page is never laid out for the screen: a screen-only rule hides the body, and only the
 * print layout does real work. The page runs with JavaScript disabled and under `csp`, so nothing
 * in a document can run or load; the engine drives the swap from outside (DevTools protocol).
 */
export function printShellHtml(csp: string): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}">
<style>@media screen, print and (max-height: ${PRINT_WINDOW_SIZE.height}px) { body { display: none; } }</style>
<style id="${FONT_STYLE_ID}"></style>
<style id="${PRINT_STYLE_ID}"></style>
</head>
<body></body>
</html>
`;
}

/**
 * Evaluated by the engine in the page (a string, so Node's type check needs no DOM types): a
 * function that parses the export HTML (inert: a parsed document runs nothing), replaces the
 * styles that differ, title, language and body, and when the fonts changed loads every face
 * before resolving, so the print never falls back to another font. Resolves to the number of
 * faces loaded.
 */
export const SWAP_DOCUMENT = `async (html) => {
  const next = new DOMParser().parseFromString(html, 'text/html');
  let fontsChanged = false;
  for (const id of ['${FONT_STYLE_ID}', '${PRINT_STYLE_ID}']) {
    const mine = document.getElementById(id);
    const theirs = next.getElementById(id);
    // The engine leaves out fonts this page already has (elideKnownFonts).
    if (theirs?.hasAttribute('${UNCHANGED_ATTRIBUTE}')) continue;
    const text = theirs?.textContent ?? '';
    if (mine.textContent !== text) {
      mine.textContent = text;
      if (id === '${FONT_STYLE_ID}') fontsChanged = true;
    }
  }
  document.documentElement.lang = next.documentElement.lang;
  document.title = next.title;
  document.body.replaceWith(document.adoptNode(next.body));
  const faces = [...document.fonts];
  if (fontsChanged) await Promise.all(faces.map((face) => face.load()));
  await document.fonts.ready;
  const failed = faces.filter((face) => face.status !== 'loaded').length;
  if (failed > 0) throw new Error(failed + ' font faces did not load');
  return faces.length;
}`;

/**
 * The export HTML without its font faces when they are `known` (the ones the page loaded last),
 * and the faces it carries. With fonts inline the faces are megabytes of base64, which would
 * otherwise be sent to the page and parsed again for every print.
 */
export function elideKnownFonts(
  html: string,
  known: string | undefined,
): { html: string; fonts: string } {
  const open = `<style id="${FONT_STYLE_ID}">`;
  const start = html.indexOf(open);
  const end = start < 0 ? -1 : html.indexOf('</style>', start);
  if (end < 0) return { html, fonts: '' };
  const fonts = html.slice(start + open.length, end);
  if (fonts !== known) return { html, fonts };
  const empty = `<style id="${FONT_STYLE_ID}" ${UNCHANGED_ATTRIBUTE}></style>`;
  return { html: html.slice(0, start) + empty + html.slice(end + '</style>'.length), fonts };
}

/** The DevTools-protocol Runtime.evaluate parameters that swap `html` into the print page. */
export function swapDocumentCommand(html: string): {
  expression: string;
  awaitPromise: true;
  returnByValue: true;
} {
  return {
    expression: `(${SWAP_DOCUMENT})(${JSON.stringify(html)})`,
    awaitPromise: true,
    returnByValue: true,
  };
}

/** Throws when a Runtime.evaluate answer reports an exception (e.g. fonts that did not load). */
export function checkSwapResult(answer: {
  exceptionDetails?: { text?: string; exception?: { description?: string } };
}): void {
  const failure = answer.exceptionDetails;
  if (failure) {
    throw new Error(
      `print page: ${failure.exception?.description ?? failure.text ?? 'swap failed'}`,
    );
  }
}

/** How inline (data:) fonts start, as loadFontSources writes them. */
export const INLINE_FONT_PREFIX = 'data:font/ttf;base64,';

/**
 * The shell as a data: URL whose CSP admits only inline fonts: the page of an engine that gets
 * its fonts inside the export HTML (the app's). It reads no file and no network.
 */
export function inlineFontShellUrl(): string {
  const prefix = INLINE_FONT_PREFIX;
  const csp = printPageCsp({ regular: prefix, bold: prefix, italic: prefix, boldItalic: prefix });
  return `data:text/html;charset=utf-8;base64,${Buffer.from(printShellHtml(csp)).toString('base64')}`;
}
