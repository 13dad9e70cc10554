import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import type { Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';
import {
  checkExport,
  flat,
  missingTexts,
  pageTexts,
  pdfFonts,
  pdfInfo,
  qpdfCheck,
  wrongPageNumbers,
} from './pdfTools';

let dir: string;
let service: ExportService;
const cases: { name: string; protocol: Protocol; pdf: string; pages: string[] }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-pdf-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
  for (const [name, protocol] of [
    ['norrbotten', loadFixture()],
    ['generated-150', generateLargeProtocol({ items: 150 })],
  ] as const) {
    const pdf = join(dir, `${name}.pdf`);
    await service.exportPdf(protocol, pdf);
    cases.push({ name, protocol, pdf, pages: pageTexts(pdf) });
  }
}, 300_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['norrbotten', 'generated-150'])('PDF export of %s', (name) => {
  const get = () => cases.find((c) => c.name === name)!;

  it('prints the right "Sida n av N" on every page', () => {
    const { pdf, pages } = get();
    expect(Number(pdfInfo(pdf).Pages)).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(1);
    expect(wrongPageNumbers(pages)).toEqual([]);
  });

  it('contains every name, § title and att-sats typed in the draft', () => {
    const { protocol, pages } = get();
    expect(missingTexts(protocol, pages)).toEqual([]);
  });

  it('embeds the shipped font, subset, and nothing else', () => {
    const fonts = pdfFonts(get().pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    for (const f of fonts) expect(f.name).toMatch(/^[A-Z]{6}\+LiberationSans/);
  });

  it('is structurally clean, tagged and carries the metadata', () => {
    const { pdf, protocol } = get();
    expect(qpdfCheck(pdf).status).toBe(0);
    const info = pdfInfo(pdf);
    const { meeting } = protocol;
    expect(info.Title).toBe(`Protokoll – ${meeting.body} – ${meeting.date}`);
    expect(info.Author).not.toBe('');
    expect(info.Producer).toBe('Paragraf');
    expect(info.Creator).toBe('Paragraf');
    expect(info.Tagged).toBe('yes');
    expect(readFileSync(pdf, 'latin1')).toMatch(/\/Lang \(sv-SE\)/);
  });

  it('tags only structure types PDF 1.7 defines (bold and italic text too)', () => {
    const { pdf } = get();
    const struct = spawnSync('pdfinfo', ['-struct', pdf], { encoding: 'utf8' });
    expect(struct.status).toBe(0);
    expect(struct.stdout).toMatch(/^\s*Document\b/m);
    // Poppler reads the PDF 1.7 types only; any other (Strong, Em) is reported as it parses.
    expect(struct.stderr).not.toMatch(/wrong type/);
  });

  it('passes check-export.sh', () => {
    const result = checkExport(get().pdf);
    expect(result.output).toContain('RESULT: PASS');
    expect(result.status).toBe(0);
  });
});

describe('the protokoll the structure types are checked on', () => {
  it('has bold and italic text', () => {
    const formatted = JSON.stringify(cases.find((c) => c.name === 'generated-150')!.protocol);
    expect(formatted).toMatch(/"bold":true/);
    expect(formatted).toMatch(/"italic":true/);
  });
});

describe('PDF export options', () => {
  async function appendixPdf(path: string, pageCount: number): Promise<void> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 1; i <= pageCount; i++) {
      doc.addPage().drawText(`Bilaga sida ${i}`, { x: 50, y: 700, size: 20, font });
    }
    writeFileSync(path, await doc.save());
  }

  it('appends the appendix PDFs of the items in order', async () => {
    const base = cases.find((c) => c.name === 'norrbotten')!;
    await appendixPdf(join(dir, 'first.pdf'), 2);
    await appendixPdf(join(dir, 'second.pdf'), 1);
    const protocol = structuredClone(base.protocol);
    protocol.items[3]!.appendices = [{ id: 'b1', title: 'PM', file: 'first.pdf' }];
    protocol.items[5]!.appendices = [{ id: 'b2', title: 'Karta', file: join(dir, 'second.pdf') }];
    const out = join(dir, 'with-appendices.pdf');
    await service.exportPdf(protocol, out, { appendixAccess: { baseDir: dir } });
    const pages = pageTexts(out);
    const printed = base.pages.length;
    expect(pages.length).toBe(printed + 3);
    expect(pages.slice(printed).map(flat)).toEqual([
      'Bilaga sida 1',
      'Bilaga sida 2',
      'Bilaga sida 1',
    ]);
    expect(flat(pages[0]!)).toContain(`Sida 1 av ${printed}`);
    expect(qpdfCheck(out).status).toBe(0);
  });

  it('writes PDF/A-2b identification and an sRGB output intent when asked', async () => {
    const out = join(dir, 'pdfa.pdf');
    await service.exportPdf(cases[0]!.protocol, out, { pdfa: true });
    expect(qpdfCheck(out).status).toBe(0);
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    const raw = readFileSync(out, 'latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).size()).toBe(1);
    expect(doc.catalog.get(PDFName.of('Metadata'))).toBeDefined();
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(pdfInfo(out).Tagged).toBe('yes');
  });

  it('prints with the fonts in fontDir, not whatever the system has', async () => {
    // Carlito files under the shipped names: if the PDF shows Carlito, the font came from fontDir.
    const fontDir = join(dir, 'fonts');
    mkdirSync(fontDir);
    for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
      copyFileSync(
        `/usr/share/fonts/truetype/crosextra/Carlito-${style}.ttf`,
        join(fontDir, `LiberationSans-${style}.ttf`),
      );
    }
    const other = createExportService({ engine: createChromiumPdfEngine(), fontDir });
    try {
      const out = join(dir, 'carlito.pdf');
      await other.exportPdf(cases[0]!.protocol, out);
      const names = pdfFonts(out).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/^Carlito/);
    } finally {
      await other.close();
    }
  });
});
