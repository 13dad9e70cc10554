import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { writeDecisionRegister } from '../../../../../electron/services/search/decisionExport';
import {
  createSearchService,
  type SearchService,
} from '../../../../../electron/services/search/searchService';
import { decisionSheetRows } from '../../../../../shared/export/sheet/decisionSheet';
import { safeCellText } from '../../../../../shared/export/sheet/spreadsheetCell';
import { decisionSchema, itemSchema } from '../../../../../shared/protocol/item';
import { meetingSchema } from '../../../../../shared/protocol/meeting';
import type { DecisionRow } from '../../../../../shared/search/searchTypes';
import { protocolWithItems } from '../../../../generate/archive';
import { hostileStrings } from '../../../../generate/hostileText';
import { tempFolder } from '../drafts/helpers';
import { flat, pageTexts, qpdfCheck, wrongPageNumbers } from '../export/pdfTools';
import { parseCsv, xlsxViaLibreOffice } from './sheetTools';

let dir: string;
let cleanup: () => Promise<void>;
let search: SearchService;
let exporter: ExportService;
let rows: DecisionRow[];

/** The schema's longest string (through .default() and .optional() wrappers). */
function maxOf(schema: unknown): number {
  let s = schema as { maxLength?: number | null; unwrap?: () => unknown };
  while (s.maxLength === undefined && s.unwrap) s = s.unwrap() as typeof s;
  if (!s.maxLength) throw new Error('no maximum length in the schema');
  return s.maxLength;
}
const titles = hostileStrings(1, 12, maxOf(itemSchema.shape.title));
const dnrs = hostileStrings(2, 12, maxOf(itemSchema.shape.dnr));
const atts = hostileStrings(3, 12, maxOf(decisionSchema.shape.attSatser.element));
const bodies = hostileStrings(4, 3, maxOf(meetingSchema.shape.body));

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-register-'));
  search = createSearchService({ root: join(dir, 'lib') });
  const drafts = createDraftLibrary({
    root: join(dir, 'lib'),
    onChange: (id, p) => void search.update(id, p),
  });
  for (const [n, body] of bodies.entries()) {
    await drafts.save(
      protocolWithItems(
        { id: `hostile-${n}`, body, date: `202${n}-02-0${n + 1}` },
        titles.map((title, i) => ({
          title,
          dnr: dnrs[i]!,
          atts: [atts[i]!, atts[(i + 5) % atts.length]!],
        })),
      ),
    );
  }
  rows = await search.decisions({});
  exporter = createExportService({ engine: createChromiumPdfEngine() });
});
afterAll(async () => {
  await exporter?.close();
  await search?.close();
  await cleanup();
});

const write = (format: 'csv' | 'xlsx' | 'pdf', path: string) =>
  writeDecisionRegister(rows, format, path, {
    filter: {},
    printedOn: '2026-01-15',
    printPdf: (model) => exporter.printModelPdf(model),
  });

/** What each cell must read: the register's text, made safe. */
const expected = () => decisionSheetRows(rows).map((r) => r.map(safeCellText));

describe('Beslutsregister export with hostile text', () => {
  it('has every decision', () => {
    expect(rows).toHaveLength(bodies.length * titles.length);
  });

  it('CSV: UTF-8 BOM, ";" separated, no cell a spreadsheet would run as a formula', async () => {
    const path = join(dir, 'register.csv');
    await write('csv', path);
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const cells = parseCsv(text.slice(1));
    expect(cells).toEqual(expected());
    for (const cell of cells.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells[0]).toEqual([
      'Organ',
      'Sammanträdesdatum',
      'Paragraf',
      'Ärende',
      'Dnr',
      'Beslut',
      'Status',
    ]);
  });

  it('XLSX: LibreOffice opens it and reads every row as text, nothing evaluated', async () => {
    const path = join(dir, 'register.xlsx');
    await write('xlsx', path);
    const read = xlsxViaLibreOffice(path);
    const want = expected();
    expect(read).toHaveLength(want.length);
    // Every cell comes back as written; XML reads a carriage return as a line feed.
    const lines = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n')));
    expect(lines(read)).toEqual(lines(want));
    expect(read.flat().join('\n')).not.toMatch(/^(2|1|3)$/m);
  });

  it('PDF: prints every decision as text, with "Sida x av y" on every page', async () => {
    const path = join(dir, 'register.pdf');
    await write('pdf', path);
    expect(qpdfCheck(path).status).toBe(0);
    const pages = pageTexts(path);
    expect(wrongPageNumbers(pages)).toEqual([]);
    const all = flat(pages.join(' '));
    expect(all).toContain('Beslutsregister');
    // Markup in a title is printed as the characters typed, never run.
    expect(all).toContain('<script>alert(1)</script>');
  });
});
