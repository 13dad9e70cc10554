import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import type { Protocol } from '../../../../../shared/protocol';
import { filledProtocol } from '../../../../generate/hostileProtocol';
import { libreOfficeToPdf, pageTexts, pdfInfo } from './pdfTools';

/** An unbroken string of `length` characters: a link, a name without spaces. */
function unbroken(prefix: string, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzåäö0123456789';
  let s = prefix;
  for (let i = 0; s.length < length; i++) s += letters[i % letters.length];
  return s;
}

const LONG = {
  organ: unbroken('Kommunstyrelsen', 300),
  title: unbroken('Ärendetitelutanmellanslag', 500),
  link: unbroken('https://www.example.org/handlingar/', 300),
  name: unbroken('Namnutanmellanslag', 200),
  attSats: unbroken('att', 2000),
};

function withLongWords(base: Protocol): Protocol {
  const [first, ...rest] = base.items;
  const people = base.attendance.people.map((p, i) => (i === 0 ? { ...p, name: LONG.name } : p));
  return {
    ...base,
    meeting: { ...base.meeting, body: LONG.organ },
    attendance: { ...base.attendance, people },
    items: [
      {
        ...first!,
        title: LONG.title,
        body: [{ type: 'paragraph', children: [{ text: `Se ${LONG.link} för detaljer.` }] }],
        decision: { intro: 'Nämnden beslutar', attSatser: [LONG.attSats] },
      },
      ...rest,
    ],
  };
}

interface Word {
  xMax: number;
  height: number;
}

/** Every word's right edge and height in points (pdftotext -bbox). */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-q', pdf, '-'], { encoding: 'utf8' });
  return [
    ...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g),
  ].map((m) => ({ xMax: Number(m[2]), height: Number(m[3]) - Number(m[1]) }));
}

/** The most common word height: the body text's size, whatever the headings do. */
function bodyTextHeight(pdf: string): number {
  const counts = new Map<string, number>();
  for (const w of words(pdf)) {
    const key = w.height.toFixed(1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Number([...counts].sort((a, b) => b[1] - a[1])[0]![0]);
}

const bare = (text: string) => text.replace(/\s+/g, '');

let dir: string;
let service: ExportService;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-long-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
});
afterAll(async () => {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('long unbroken words', () => {
  it('wrap in the PDF: A4 at the normal scale, nothing cut at the right edge', async () => {
    const normal = join(dir, 'normal.pdf');
    const long = join(dir, 'long.pdf');
    await service.exportPdf(filledProtocol(), normal);
    await service.exportPdf(withLongWords(filledProtocol()), long);

    expect(pdfInfo(long)['Page size']).toMatch(/^594\.9\d x 841\.9\d pts \(A4\)$/);
    expect(bodyTextHeight(long)).toBe(bodyTextHeight(normal));
    const pageWidth = 595;
    for (const w of words(long)) expect(w.xMax).toBeLessThanOrEqual(pageWidth - 20);
    const text = bare(pageTexts(long).join(''));
    for (const s of Object.values(LONG)) expect(text).toContain(s);
  }, 120_000);

  it('wrap in the DOCX: LibreOffice prints every character on A4', async () => {
    const docx = join(dir, 'long.docx');
    await service.exportDocx(withLongWords(filledProtocol()), docx);
    const [pdf] = libreOfficeToPdf([docx], dir);
    expect(pdfInfo(pdf!)['Page size']).toMatch(/\(A4\)$/);
    for (const w of words(pdf!)) expect(w.xMax).toBeLessThanOrEqual(595 - 20);
    const text = bare(pageTexts(pdf!).join(''));
    for (const s of Object.values(LONG)) expect(text).toContain(s);
  }, 120_000);
});
