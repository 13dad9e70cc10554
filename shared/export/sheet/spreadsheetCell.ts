/** Excel's longest cell text. */
export const MAX_CELL_LENGTH = 32_767;

/** Control characters XML 1.0 (and so XLSX) cannot hold; tab and line breaks are kept. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * A text made safe for a spreadsheet cell: a value a spreadsheet would take for a formula
 * (starting with = + - @, or a tab or carriage return before one) gets a leading apostrophe so
 * it stays text; control characters are dropped and the length is kept within Excel's limit.
 */
export function safeCellText(value: string): string {
  let text = value.replace(CONTROL, '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (text.length > MAX_CELL_LENGTH) text = `${text.slice(0, MAX_CELL_LENGTH - 1)}…`;
  return text;
}
