import { deflateSync } from 'node:zlib';

/**
 * Hostile appendix PDFs written as raw bytes, so each trick is exactly what the test says: no
 * library between the test and the file repairs anything.
 */

/** A PDF whose object n is `bodies[n - 1]`; object 1 is the catalog. */
export function rawPdf(bodies: readonly string[]): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const PAGE = '/Type /Page /MediaBox [0 0 200 200]';

/**
 * One page, plus an object stream whose data inflates to `inflatedBytes` (spaces): small on
 * disk, and pdf-lib would inflate all of it in memory while parsing.
 */
export function objectStreamBombPdf(inflatedBytes: number): Uint8Array {
  const data = deflateSync(Buffer.alloc(inflatedBytes, 0x20), { level: 9 });
  const head = rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    `<< ${PAGE} /Parent 2 0 R >>`,
  ]);
  // Appended after the first file's end: parsers read objects wherever they are.
  const stream = Buffer.concat([
    Buffer.from(
      `4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
      'latin1',
    ),
    data,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
  return new Uint8Array(Buffer.concat([head, stream]));
}

/** A flat page tree of `kids` pages (objects 3 …). */
export function wideTreePdf(kids: number): Uint8Array {
  const refs = Array.from({ length: kids }, (_, i) => `${i + 3} 0 R`).join(' ');
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${kids} /Kids [${refs}] >>`,
    ...Array.from({ length: kids }, () => `<< ${PAGE} /Parent 2 0 R >>`),
  ]);
}

/** A page tree whose inner node lists the root as its kid: /Kids goes round for ever. */
export function cyclicKidsPdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 2 /Kids [3 0 R 4 0 R] >>',
    '<< /Type /Pages /Parent 2 0 R /Count 1 /Kids [2 0 R] >>',
    `<< ${PAGE} /Parent 2 0 R >>`,
  ]);
}

/** A page whose /Parent is itself: pdf-lib's search for inherited attributes never ends. */
export function cyclicParentPdf(): Uint8Array {
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 3 0 R >>',
  ]);
}

/** A page tree nested `depth` levels deep with one page at the bottom. */
export function deepTreePdf(depth: number): Uint8Array {
  const bodies = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < depth; level++) {
    bodies.push(`<< /Type /Pages /Count 1 /Kids [${level + 3} 0 R] >>`);
  }
  bodies.push(`<< ${PAGE} >>`);
  return rawPdf(bodies);
}

/** The text the visible page of `activePdf` shows. */
export const ACTIVE_PAGE_TEXT = 'Synlig bilagetext';
/** Marks every script and file body, so a byte search finds any that survived. */
export const SCRIPT_MARK = 'paragrafHostileScript';

/**
 * One visible page carrying every kind of action and attachment an appendix can hide:
 * document /OpenAction (JavaScript), catalog /AA, /Names /JavaScript and /EmbeddedFiles, page
 * /AA, a Launch link, a URI link, a form widget with SubmitForm, ImportData and a JavaScript
 * /AA, a FileAttachment annotation, a JavaScript stream, and a font with an odd key that leads
 * back to the catalog (so copying the font would copy the document's actions with it).
 */
export function activePdf(): Uint8Array {
  const js = (n: number) => `<< /S /JavaScript /JS (app.alert('${SCRIPT_MARK}${n}')) >>`;
  const content = `BT /F1 18 Tf 20 100 Td (${ACTIVE_PAGE_TEXT}) Tj ET`;
  const script = `app.launchURL('${SCRIPT_MARK}-stream');`;
  const file = `${SCRIPT_MARK}-embedded-file`;
  return rawPdf([
    // 1 catalog
    `<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /AA << /WC 6 0 R >>
       /Names << /JavaScript << /Names [(a) 7 0 R] >> /EmbeddedFiles << /Names [(f) 8 0 R] >> >>
       /AcroForm << /Fields [12 0 R] >> >>`,
    // 2 pages
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    // 3 the page
    `<< ${PAGE} /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 15 0 R >> >>
       /AA << /O 6 0 R /C ${js(3)} >> /Annots [10 0 R 11 0 R 12 0 R 13 0 R 14 0 R] >>`,
    // 4 content
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    // 5, 6, 7 JavaScript actions; 7 also runs a script stream through /Next
    js(5),
    js(6),
    `<< /S /JavaScript /JS 16 0 R /Next ${js(7)} >>`,
    // 8 embedded file spec, 9 its stream
    '<< /Type /Filespec /F (x.exe) /EF << /F 9 0 R >> >>',
    `<< /Type /EmbeddedFile /Length ${file.length} >>\nstream\n${file}\nendstream`,
    // 10 Launch link, 11 URI link
    `<< /Type /Annot /Subtype /Link /Rect [0 0 50 50] /P 3 0 R
       /A << /S /Launch /F (calc.exe) /Win << /F (cmd.exe) >> >> >>`,
    '<< /Type /Annot /Subtype /Link /Rect [50 0 100 50] /A << /S /URI /URI (http://example.invalid/) >> >>',
    // 12 widget (a field of its own) with SubmitForm, ImportData via /Next, JavaScript /AA
    `<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect [0 50 50 100] /P 3 0 R
       /A << /S /SubmitForm /F << /FS /URL /F (http://example.invalid/) >>
             /Next << /S /ImportData /F (data.fdf) >> >>
       /AA << /K ${js(12)} /Fo 6 0 R >> >>`,
    // 13 file attachment annotation
    '<< /Type /Annot /Subtype /FileAttachment /Rect [100 100 120 120] /FS 8 0 R >>',
    // 14 a text note: shown, kept
    '<< /Type /Annot /Subtype /Text /Rect [150 150 170 170] /Contents (Anteckning) >>',
    // 15 font with an odd key that reaches the catalog
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Back 1 0 R >>',
    // 16 script stream
    `<< /Length ${script.length} >>\nstream\n${script}\nendstream`,
  ]);
}
