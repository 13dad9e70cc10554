import { safeCellText } from './spreadsheetCell';

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
const BOM = '\uFEFF';

function field(value: string): string {
  const text = safeCellText(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Swedish Excel opens it by double-click: UTF-8 with a BOM, ";" between fields (the comma
 * is the decimal sign), CRLF between rows, every cell escaped against formula injection.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}
