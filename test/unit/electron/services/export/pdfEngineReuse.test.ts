import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { createPdfCache } from '../../../../../electron/services/export/pdfCache';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';
import { flat, pageTexts, pdfFonts, wrongPageNumbers } from './pdfTools';

/**
 * The Chromium engine keeps one page and swaps each new document into it: nothing of an earlier
 * export may show in a later one, and a change of fonts must reach the print.
 */
const NO_CACHE = createPdfCache({ maxBytes: 0, maxEntries: 0 });
let dir: string;
let engine: PdfEngine;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-reuse-'));
  engine = createChromiumPdfEngine();
});

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('one Chromium page for many exports', () => {
  it('prints each document on its own, and the same document the same way twice', async () => {
    // No PDF cache: the page itself must print the same document again the same way.
    const service = createExportService({ engine, cache: NO_CACHE });
    const norrbotten = loadFixture();
    const generated = generateLargeProtocol({ items: 12 });
    const files = ['first.pdf', 'other.pdf', 'again.pdf'].map((f) => join(dir, f));
    await service.exportPdf(norrbotten, files[0]!);
    await service.exportPdf(generated, files[1]!);
    await service.exportPdf(norrbotten, files[2]!);
    const [first, other, again] = files.map((f) => pageTexts(f));

    expect(again).toEqual(first);
    expect(wrongPageNumbers(other!)).toEqual([]);
    const otherText = flat(other!.join(' '));
    expect(otherText).toContain(generated.meeting.body);
    // Nobody from the Norrbotten meeting is left in the next document.
    for (const person of norrbotten.attendance.people) {
      expect(otherText).not.toContain(person.name);
    }
    expect(flat(first!.join(' '))).not.toContain(generated.meeting.place);
  });

  it('loads new fonts when an export asks for other ones, and the shipped ones again after', async () => {
    const fontDir = join(dir, 'fonts');
    mkdirSync(fontDir);
    for (const style of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
      copyFileSync(
        `/usr/share/fonts/truetype/crosextra/Carlito-${style}.ttf`,
        join(fontDir, `LiberationSans-${style}.ttf`),
      );
    }
    const shipped = createExportService({ engine, cache: NO_CACHE });
    const carlito = createExportService({ engine, fontDir, cache: NO_CACHE });
    const protocol = loadFixture();
    const names = async (service: typeof shipped, file: string) => {
      await service.exportPdf(protocol, join(dir, file));
      return pdfFonts(join(dir, file)).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    };
    const before = await names(shipped, 'shipped-1.pdf');
    const swapped = await names(carlito, 'carlito.pdf');
    const after = await names(shipped, 'shipped-2.pdf');
    for (const name of [...before, ...after]) expect(name).toMatch(/^LiberationSans/);
    expect(swapped.length).toBeGreaterThan(0);
    for (const name of swapped) expect(name).toMatch(/^Carlito/);
  });
});
