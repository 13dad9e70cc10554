/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A CSS string literal: quotes, backslashes and line breaks escaped ("\A" is a line break). */
export function cssString(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n/g, '\\A ')
    // Other control characters cannot appear in a CSS string: print them as spaces.
    .replace(/\p{Cc}/gu, ' ');
  return `"${body}"`;
}
