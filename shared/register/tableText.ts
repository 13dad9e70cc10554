/**
 * Reads the bytes of a CSV (or tab-separated) file as secretaries save them from Excel: UTF-8
 * with or without BOM, UTF-16 ("Unicode-text"), or Windows-1252 (Excel in Sweden, "CSV
 * (semikolonavgränsad)"); `;`, `,` or tab between cells; quotes around cells with separators,
 * quotes or line breaks.
 */

/** Larger than any member list; refuses a file that would only waste memory. */
export const MAX_TABLE_BYTES = 2_000_000;
export const MAX_TABLE_ROWS = 5000;
export const MAX_TABLE_COLUMNS = 60;

/** The text of the file: the BOM decides, else strict UTF-8, else Windows-1252. */
export function decodeTableBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Excel's "CSV" in a Swedish Windows is Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator used in the first line outside quotes: the most frequent of `;`, tab, `,`. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    ['\t', 0],
    [',', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ';';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/** Rows of cells (RFC 4180 quoting); blank lines are dropped. Throws past the size limits. */
export function parseDelimited(text: string, separator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    if (row.length >= MAX_TABLE_COLUMNS) throw new TableTooLargeError('columns');
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.some((c) => c.trim() !== '')) {
      if (rows.length >= MAX_TABLE_ROWS) throw new TableTooLargeError('rows');
      rows.push(row);
    }
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

export class TableTooLargeError extends Error {
  constructor(readonly what: 'rows' | 'columns' | 'bytes') {
    super(`the table has too many ${what}`);
    this.name = 'TableTooLargeError';
  }
}
