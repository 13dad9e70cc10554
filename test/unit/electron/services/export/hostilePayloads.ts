/**
 * Break-out values for every text field, and the checks that their PDF shows them as plain text
 * and nothing from the disk: each value references a marker file by file: URL, whose content
 * must never print, and a marker image, which must never be embedded.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mapStrings } from '../../../../../shared/protocol/forbiddenCharacters';
import { buildPrintModel } from '../../../../../shared/print';
import type { Protocol } from '../../../../../shared/protocol';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface Markers {
  /** Text that exists only in the marker file. */
  secret: string;
  textUrl: string;
  imageUrl: string;
}

export function plantMarkers(dir: string): Markers {
  const secret = `SECRETMARKER${Math.random().toString(36).slice(2, 10)}`;
  writeFileSync(join(dir, 's.txt'), secret);
  writeFileSync(join(dir, 's.png'), PNG);
  return {
    secret,
    textUrl: pathToFileURL(join(dir, 's.txt')).href,
    imageUrl: pathToFileURL(join(dir, 's.png')).href,
  };
}

/**
 * Values from longest to shortest (fields hold 50 to 10 000 characters): HTML that closes the
 * style element and loads the marker image, a script and an onerror handler that read the marker
 * file into the page, CSS that hides the body or loads the file, a backslash, a comment end,
 * quotes and a line break.
 */
export function breakoutVariants(m: Markers): (tag: string, path: string) => string[] {
  return (tag, path) =>
    // The Dnr line and the draft mark share the header with the organ: one line each.
    ONE_LINE_HEADER_FIELDS.has(path)
      ? [`${tag}</style><b>"}\\*/'${tag}`, `${tag}<'"`]
      : [
          // The page header holds several fields in 32 mm: shorter values keep it off the body text.
          ...(HEADER_FIELDS.has(path) ? [] : LONG(tag, m)),
          `${tag}</style><b>"}\\*/'\n${tag}`,
          `${tag}<'"`,
        ];
}

const ONE_LINE_HEADER_FIELDS = new Set([
  'meeting.dnr',
  'labels.dnr',
  'labels.draftMark',
  'branding.organisation',
]);

const HEADER_FIELDS = new Set([
  'meeting.documentKind',
  'meeting.body',
  'labels.meetingDate',
  'labels.pageNumber',
]);

function LONG(tag: string, m: Markers): string[] {
  return [
    `${tag}</style><img src="${m.imageUrl}" onerror="var r=new XMLHttpRequest();r.open('GET','${m.textUrl}',false);r.send();document.body.textContent=r.responseText"><script>document.body.textContent='x'</script>"}body{display:none}\\*/url(${m.textUrl})'\n${tag}`,
    `${tag}</style><img src="${m.imageUrl}"><style>*{background:url(${m.textUrl})}</style>"}body{display:none}\\*/'\n${tag}`,
    `${tag}</style><script>x</script>"}*{x:y}\\*/'\n${tag}`,
  ];
}

/** The texts of the printed body and of the page furniture that hold a hostile value. */
export function printedHostileTexts(
  protocol: Protocol,
  audience: 'full' | 'web' = 'full',
): { body: string[]; furniture: string[] } {
  const model = buildPrintModel(protocol, { audience });
  const tagged = (value: unknown) => {
    const found: string[] = [];
    mapStrings(value, (text) => {
      if (/Q\d+Q/.test(text)) found.push(text);
      return text;
    });
    return found;
  };
  return { body: tagged(model.blocks), furniture: tagged(model.furniture) };
}

/** Whitespace removed and lower case: headings and table labels print upper case. */
const bare = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The PDF's text in content order (pdftotext -raw), bare as above. */
export function bareText(pdf: string): string {
  return bare(execFileSync('pdftotext', ['-raw', '-q', pdf, '-'], { encoding: 'utf8' }));
}

/**
 * The text inside the page margins (A4, 25/20 mm sides, 32 mm top unless said, 30 mm bottom) of every page
 * in turn, so a paragraph that runs on to the next page reads on without the page furniture.
 */
export function bareBodyText(pdf: string, topMm = 32): string {
  const top = Math.round((topMm / 25.4) * 72);
  const area = ['-x', '71', '-y', String(top), '-W', '468', '-H', String(757 - top)];
  return bare(execFileSync('pdftotext', ['-raw', '-q', ...area, pdf, '-'], { encoding: 'utf8' }));
}

/** The hostile texts that the PDF does not show literally. */
export function missingHostileTexts(
  pdf: string,
  texts: { body: readonly string[]; furniture: readonly string[] },
  topMm = 32,
): string[] {
  const body = bareBodyText(pdf, topMm);
  const all = bareText(pdf);
  return [
    ...texts.body.filter((t) => !body.includes(bare(t))),
    ...texts.furniture.filter((t) => !all.includes(bare(t))),
  ];
}

/** Number of images in the PDF (pdfimages -list). */
export function imageCount(pdf: string): number {
  const out = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim()).length;
}
