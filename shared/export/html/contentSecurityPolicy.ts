import type { FontSources } from './pageCss';

/** Where a font URL loads from, as a CSP source: "data:", or the scheme and host of a URL. */
function fontSource(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0] ?? `${url.split(':')[0]}:`;
}

/**
 * The print page's Content-Security-Policy: no script, no frame, no request of any kind except
 * the shipped font files; styles only inline; images only as data: URLs (the template's logo,
 * a checked PNG), which cannot reach a file or the network. Whatever a hostile file manages to
 * put into the page can neither run nor read anything.
 */
export function printPageCsp(
  fonts: Pick<FontSources, 'regular' | 'bold' | 'italic' | 'boldItalic'> | undefined,
): string {
  const sources = fonts
    ? [...new Set([fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic].map(fontSource))]
    : ["'none'"];
  return [
    "default-src 'none'",
    `font-src ${sources.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
