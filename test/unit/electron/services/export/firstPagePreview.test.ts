import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { buildPrintModel, firstPageDocument, withoutPageTotal } from '../../../../../shared/print';
import { startsNewPage } from '../../../../../shared/print/cutAtPageBreaks';
import type { FurniturePart } from '../../../../../shared/print';
import { BUILT_IN_TEMPLATES } from '../../../../../shared/template/builtInTemplates';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';
import { pageTexts } from './pdfTools';
import { sampleProtocol } from './sampleProtocol';
import { templateDraft } from './templateDraft';

/**
 * The preview shows a quick first page while the whole PDF is printed. Its page 1 must be the
 * whole PDF's page 1, and it never prints a page total (it would be the wrong one).
 */
let dir: string;
let service: ExportService;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-first-page-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
});

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function pages(pdf: Uint8Array): string[] {
  const file = join(dir, `${n++}.pdf`);
  writeFileSync(file, pdf);
  return pageTexts(file);
}

describe('the page number without its total', () => {
  const page: FurniturePart = { field: 'page' };
  const pagesField: FurniturePart = { field: 'pages' };
  it.each([
    [
      [{ text: 'Sida ' }, page, { text: ' av ' }, pagesField],
      [{ text: 'Sida ' }, page],
    ],
    [[page, { text: ' (' }, pagesField, { text: ')' }], [page]],
    [
      [{ text: 'Sida ' }, page],
      [{ text: 'Sida ' }, page],
    ],
    [[pagesField, { text: ' sidor, sida ' }, page], []],
    [[{ text: 'Antal sidor: ' }, pagesField], []],
  ])('%j → %j', (parts, expected) => {
    expect(withoutPageTotal(parts as FurniturePart[])).toEqual(expected);
  });

  it('leaves no total in the header of page 1 or of the others', () => {
    const model = buildPrintModel(sampleProtocol());
    const first = firstPageDocument({
      ...model,
      furniture: { ...model.furniture, firstPageHeader: model.furniture.header },
    });
    for (const header of [first.furniture.header, first.furniture.firstPageHeader!]) {
      expect(header.pageNumber.some((p) => 'field' in p && p.field === 'pages')).toBe(false);
    }
  });
});

describe('the blocks of the quick first page', () => {
  it('end before the first forced page break, which nothing after can move page 1 across', () => {
    const model = buildPrintModel(generateLargeProtocol({ items: 150 }));
    const breakAt = model.blocks.findIndex((b, i) => i > 0 && startsNewPage(b));
    expect(breakAt).toBeGreaterThan(0);
    // The agenda after the break is long: the text budget alone would print it too.
    expect(firstPageDocument(model).blocks).toEqual(model.blocks.slice(0, breakAt));
  });

  it('are at least one block, even when the second block starts a new page', () => {
    const model = buildPrintModel(generateLargeProtocol({ items: 3 }));
    const blocks = [model.blocks[0]!, { kind: 'pageBreak' as const }, ...model.blocks.slice(1)];
    expect(firstPageDocument({ ...model, blocks }).blocks).toEqual([model.blocks[0]]);
  });
});

const cases = [
  ['150 generated items', generateLargeProtocol({ items: 150 })],
  ['the Norrbotten fixture', loadFixture()],
  ['one short item', sampleProtocol(1)],
  ...BUILT_IN_TEMPLATES.map((t) => [`a draft from ${t.id}`, templateDraft(t)] as const),
] as const;

/** The printed page number of `parts` on `page` of `pages`. */
const label = (parts: readonly FurniturePart[], page: number, pages: number) =>
  parts.map((p) => ('text' in p ? p.text : p.field === 'page' ? page : pages)).join('');
const oneSpace = (text: string) => text.replace(/\s+/g, ' ');

describe('the quick first page', () => {
  it.each(cases)('of %s is the first page of the whole PDF, without the total', async (_, p) => {
    const whole = pages(await service.renderPdf(p));
    const quick = pages(await service.previewFirstPage(p));
    const furniture = buildPrintModel(p).furniture;
    const parts = (furniture.firstPageHeader ?? furniture.header).pageNumber;
    const full = label(parts, 1, whole.length);
    const short = label(withoutPageTotal(parts), 1, 0);
    expect(whole[0]).toContain(full);
    expect(oneSpace(quick[0]!)).toBe(oneSpace(whole[0]!.replace(full, short)));
    // No page of it names a total, right or wrong.
    for (let total = 1; total <= whole.length + quick.length; total++) {
      for (let page = 1; page <= quick.length; page++) {
        expect(quick.join('')).not.toContain(label(parts, page, total));
      }
    }
  });
});
