/**
 * Reads the PDF Chromium prints (Skia's writer): a classic cross-reference table, every object
 * uncompressed except stream data, no object streams. Object values are kept as text (one
 * character per byte) and stream data as a slice of the printed bytes, copied unchanged.
 * Anything of another shape throws
 * UnsupportedPrintedPdf, and the caller prints the document whole instead of in parts.
 */

export class UnsupportedPrintedPdf extends Error {
  constructor(reason: string) {
    super(`printed PDF not joinable: ${reason}`);
    this.name = 'UnsupportedPrintedPdf';
  }
}

export interface PdfObject {
  /** The object's value before any stream: a dictionary, array or number, as written. */
  head: string;
  /** From the `stream` keyword to `endstream` included, or undefined for an object without one. */
  stream: Uint8Array | undefined;
}

export interface PrintedPdf {
  /** The bytes before the first object (the header and its binary comment line). */
  header: string;
  objects: Map<number, PdfObject>;
  root: number;
  info: number | undefined;
  /** One more than the highest object number (the trailer's /Size). */
  size: number;
}

/** Bytes as a string of one character per byte (each code point 0–255). */
export function bytesToText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

/** The inverse of bytesToText. */
export function textToBytes(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

/** The index just after the literal string opening at `start` ("("), escapes and nesting kept. */
export function literalStringEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new UnsupportedPrintedPdf('unterminated string');
}

/** Where an object's value ends: at `stream` or `endobj` outside any string, at depth 0. */
function headEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '(') i = literalStringEnd(text, i) - 1;
    else if (c === 's' && text.startsWith('stream', i)) return i;
    else if (c === 'e' && text.startsWith('endobj', i)) return i;
  }
  throw new UnsupportedPrintedPdf('object without end');
}

function readXref(text: string, at: number): Map<number, number> {
  if (!text.startsWith('xref', at)) throw new UnsupportedPrintedPdf('no classic xref table');
  const offsets = new Map<number, number>();
  const section = /(\d+) (\d+)\r?\n/y;
  let pos = text.indexOf('\n', at) + 1;
  for (;;) {
    section.lastIndex = pos;
    const header = section.exec(text);
    if (!header) return offsets;
    const first = Number(header[1]);
    const count = Number(header[2]);
    pos = section.lastIndex;
    for (let k = 0; k < count; k++, pos += 20) {
      const entry = text.slice(pos, pos + 18);
      if (!/^\d{10} \d{5} [nf]$/.test(entry)) throw new UnsupportedPrintedPdf('bad xref entry');
      if (entry.endsWith('n') && first + k > 0) offsets.set(first + k, Number(entry.slice(0, 10)));
    }
  }
}

function readObject(bytes: Uint8Array, text: string, offset: number, number: number): PdfObject {
  const opening = /(\d+) (\d+) obj\s*/y;
  opening.lastIndex = offset;
  const open = opening.exec(text);
  if (!open || Number(open[1]) !== number || open[2] !== '0') {
    throw new UnsupportedPrintedPdf(`object ${number} not at its offset`);
  }
  const start = opening.lastIndex;
  const end = headEnd(text, start);
  // Decoded from the bytes, not sliced from `text`: a slice would keep the whole file's string
  // alive for as long as a printed part is kept.
  const head = bytesToText(bytes.subarray(start, end)).trimEnd();
  if (!text.startsWith('stream', end)) return { head, stream: undefined };
  const length = /\/Length (\d+)(?! \d+ R)/.exec(head);
  if (!length) throw new UnsupportedPrintedPdf(`stream ${number} without a direct length`);
  const dataStart = end + (text.startsWith('stream\r\n', end) ? 8 : 7);
  const streamEnd = text.indexOf('endstream', dataStart + Number(length[1]));
  if (streamEnd < 0 || streamEnd > dataStart + Number(length[1]) + 2) {
    throw new UnsupportedPrintedPdf(`stream ${number} length does not match`);
  }
  return { head, stream: bytes.subarray(end, streamEnd + 'endstream'.length) };
}

export function readPrintedPdf(bytes: Uint8Array): PrintedPdf {
  const text = bytesToText(bytes);
  const sx = text.lastIndexOf('startxref');
  const tr = text.lastIndexOf('trailer');
  if (sx < 0 || tr < 0 || tr > sx) throw new UnsupportedPrintedPdf('no trailer');
  const trailer = text.slice(tr, sx);
  if (/\/(Encrypt|Prev)\b/.test(trailer)) throw new UnsupportedPrintedPdf('encrypted or updated');
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  const size = /\/Size (\d+)/.exec(trailer);
  if (!root || !size) throw new UnsupportedPrintedPdf('trailer without /Root or /Size');
  const offsets = readXref(text, Number(/startxref\s+(\d+)/.exec(text.slice(sx))?.[1]));
  const objects = new Map<number, PdfObject>();
  let firstOffset = text.length;
  for (const [number, offset] of offsets) {
    objects.set(number, readObject(bytes, text, offset, number));
    firstOffset = Math.min(firstOffset, offset);
  }
  const info = /\/Info (\d+) 0 R/.exec(trailer);
  return {
    header: bytesToText(bytes.subarray(0, firstOffset)),
    objects,
    root: Number(root[1]),
    info: info ? Number(info[1]) : undefined,
    size: Number(size[1]),
  };
}

/** The object `number`, or an UnsupportedPrintedPdf naming what was looked for. */
export function objectOf(pdf: PrintedPdf, number: number, what: string): PdfObject {
  const object = pdf.objects.get(number);
  if (!object) throw new UnsupportedPrintedPdf(`missing ${what} (object ${number})`);
  return object;
}

/** The object number of a reference `/Key n 0 R` in a dictionary head, if any. */
export function refOf(head: string, key: string): number | undefined {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(head);
  return match ? Number(match[1]) : undefined;
}

/** The object numbers in the array `/Key [a 0 R b 0 R …]` of a dictionary head. */
export function refsOf(head: string, key: string): number[] | undefined {
  const match = new RegExp(`/${key} \\[([^\\]]*)\\]`).exec(head);
  if (!match) return undefined;
  return [...match[1]!.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

/**
 * The children of a structure element that holds only elements: `/K n 0 R` or `/K [a 0 R …]`;
 * undefined for an element that holds content (marked-content ids) or no /K.
 */
export function elementKids(head: string): number[] | undefined {
  const single = /\/K (\d+) 0 R/.exec(head);
  if (single) return [Number(single[1])];
  const list = /\/K \[((?:\d+ 0 R\s*)*)\]/.exec(head);
  return list ? [...list[1]!.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1])) : undefined;
}

/** A structure element's head with its /K (either form) replaced by `kids`. */
export function withElementKids(head: string, kids: readonly string[]): string {
  return head.replace(/\/K (?:\d+ 0 R|\[[^\]]*\])/, `/K [${kids.join(' ')}]`);
}
