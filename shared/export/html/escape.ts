/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Characters written as CSS hex escapes inside a string: the quotes and backslash that end or
 * change it, and < > & so that no "</style>" or other markup can appear in the style element.
 */
const CSS_ESCAPED = /[\\"'<>&]/g;

/** A CSS string literal: user text is never CSS or HTML, wherever it lands in a style sheet. */
export function cssString(text: string): string {
  const body = text
    .replace(CSS_ESCAPED, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)
    // "\A " is a line break in generated content.
    .replace(/\r\n?|\n/g, '\\A ')
    // Other control characters cannot appear in a CSS string: print them as spaces.
    .replace(/\p{Cc}/gu, ' ');
  return `"${body}"`;
}
