import type { DocumentInfo } from '../../print/printDocument';

/**
 * Sets the document metadata by appending an incremental update (a new catalog and Info
 * dictionary after the original bytes) instead of re-writing the whole file: a 150-item tagged
 * PDF has tens of thousands of structure objects, which a full parse and save would touch.
 * Returns undefined when the file is not the simple shape Chromium writes (classic xref table,
 * no encryption, catalog without /Lang), and the caller falls back to pdf-lib.
 */

const latin1 = new TextDecoder('latin1');

/** A PDF text string as UTF-16BE hex, so any Unicode title survives. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

/** D:YYYYMMDDHHmmSSZ */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `(D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z)`;
}

/** The inside of the dictionary starting at `start` ("<<"), or undefined when unbalanced. */
function dictBody(text: string, start: number): string | undefined {
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    const c = text[i];
    if (c === '(') return undefined; // strings in the catalog: not the simple case
    if (c === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(start + 2, i - 1);
    }
  }
  return undefined;
}

function xrefOffset(bytes: Uint8Array, xref: number, objNumber: number): number | undefined {
  const text = latin1.decode(
    bytes.subarray(xref, Math.min(bytes.length, xref + 64 + objNumber * 20 + 200_000)),
  );
  if (!text.startsWith('xref')) return undefined;
  let pos = text.indexOf('\n') + 1;
  for (;;) {
    const header = /^(\d+) (\d+)\r?\n/.exec(text.slice(pos, pos + 40));
    if (!header) return undefined;
    const first = Number(header[1]);
    const count = Number(header[2]);
    pos += header[0].length;
    if (objNumber >= first && objNumber < first + count) {
      const entry = text.slice(pos + (objNumber - first) * 20, pos + (objNumber - first) * 20 + 18);
      return /^\d{10} \d{5} n$/.test(entry) ? Number(entry.slice(0, 10)) : undefined;
    }
    pos += count * 20;
  }
}

function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function appendInfoUpdate(
  pdf: Uint8Array,
  info: DocumentInfo,
  date: Date,
): Uint8Array | undefined {
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const sx = tail.lastIndexOf('startxref');
  const tr = tail.lastIndexOf('trailer');
  if (sx < 0 || tr < 0 || tr > sx) return undefined;
  const trailer = tail.slice(tr, sx);
  if (/\/Encrypt\b/.test(trailer)) return undefined;
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = /\/Root (\d+) (\d+) R/.exec(trailer);
  const prev = Number(/^startxref\s+(\d+)/.exec(tail.slice(sx))?.[1]);
  if (!size || !root || !Number.isFinite(prev)) return undefined;
  const rootNumber = Number(root[1]);
  const rootGen = Number(root[2]);
  const catalogAt = xrefOffset(pdf, prev, rootNumber);
  if (catalogAt === undefined) return undefined;
  const catalogText = latin1.decode(
    pdf.subarray(catalogAt, Math.min(pdf.length, catalogAt + 4096)),
  );
  if (!/^\d+ \d+ obj/.test(catalogText)) return undefined;
  const lang = info.language.replace(/[^A-Za-z0-9-]/g, '');
  const objectText = catalogText.slice(0, catalogText.indexOf('endobj'));
  // Chromium already writes /Lang from <html lang> and DisplayDocTitle: then only Info changes.
  const catalogDone =
    objectText.includes(`/Lang (${lang})`) && /\/DisplayDocTitle true/.test(objectText);
  let catalog: string | undefined;
  if (!catalogDone) {
    const open = catalogText.indexOf('<<');
    const body = open < 0 ? undefined : dictBody(catalogText, open);
    if (body === undefined || /\/(Lang|ViewerPreferences|Metadata)\b/.test(body)) return undefined;
    catalog = `<<${body} /Lang (${lang}) /ViewerPreferences << /DisplayDocTitle true >> >>`;
  }
  const d = pdfDate(date);
  const infoDict =
    `<< /Title ${pdfTextString(info.title)} /Author ${pdfTextString(info.author)}` +
    ` /Subject ${pdfTextString(info.subject)} /Keywords ${pdfTextString(info.keywords.join('; '))}` +
    ` /Creator (Paragraf) /Producer (Paragraf) /CreationDate ${d} /ModDate ${d} >>`;
  let out = '\n';
  const catalogOffset = pdf.length + out.length;
  if (catalog) out += `${rootNumber} ${rootGen} obj\n${catalog}\nendobj\n`;
  const infoOffset = pdf.length + out.length;
  out += `${size} 0 obj\n${infoDict}\nendobj\n`;
  const xrefAt = pdf.length + out.length;
  const entry = (offset: number, gen: number) =>
    `${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`;
  const id = randomId();
  out +=
    `xref\n${catalog ? `${rootNumber} 1\n${entry(catalogOffset, rootGen)}` : ''}` +
    `${size} 1\n${entry(infoOffset, 0)}` +
    `trailer\n<< /Size ${size + 1} /Root ${rootNumber} ${rootGen} R /Info ${size} 0 R /Prev ${prev}` +
    ` /ID [<${id}> <${id}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const appended = new TextEncoder().encode(out); // ASCII only: byte offsets equal string offsets
  const result = new Uint8Array(pdf.length + appended.length);
  result.set(pdf);
  result.set(appended, pdf.length);
  return result;
}
