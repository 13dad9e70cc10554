import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import { tablesFromCells } from '../../../../../shared/protocol/richTextTable';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { checkExport, libreOfficeToPdf, pdfInfo, qpdfCheck } from './pdfTools';

const CELLS = [
  ['Verksamhet', 'Budget 2021', 'Utfall'],
  ['Hjälpmedel & teknik', '1 680 000 kr', '<b>ej fet</b>'],
  ['Barn och unga', '2 400 000 kr', 'Redovisas i juni'],
];

let dir: string;
const files = { pdf: '', docx: '', docxPdf: '' };

const layoutLines = (pdf: string) =>
  execFileSync('pdftotext', ['-q', '-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-body-table-'));
  const protocol = loadFixture();
  const [table] = tablesFromCells(CELLS, true);
  protocol.items[3]!.body = [
    { type: 'paragraph', children: [{ text: 'Kostnaderna fördelas så här:' }] },
    table!,
    { type: 'paragraph', children: [{ text: 'Förvaltningen följer upp i juni.' }] },
  ];
  const service = createExportService({ engine: createChromiumPdfEngine() });
  try {
    files.pdf = join(dir, 'protokoll-chromium.pdf');
    files.docx = join(dir, 'protokoll.docx');
    await service.exportPdf(protocol, files.pdf);
    await service.exportDocx(protocol, files.docx);
  } finally {
    await service.close();
  }
  files.docxPdf = libreOfficeToPdf([files.docx], dir)[0]!;
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a table in item text, exported', () => {
  it('is a table in the tagged PDF: Table, TH and TD in the structure tree, each row on one line', () => {
    expect(pdfInfo(files.pdf).Tagged).toBe('yes');
    expect(qpdfCheck(files.pdf).status).toBe(0);
    const check = checkExport(files.pdf);
    expect(check.output).not.toMatch(/FAIL/);
    const qdf = join(dir, 'qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', files.pdf, qdf]);
    const raw = readFileSync(qdf, 'latin1');
    for (const tag of ['Table', 'TR', 'TH', 'TD']) expect(raw).toMatch(new RegExp(`/S /${tag}\\b`));
    const lines = layoutLines(files.pdf);
    expect(lines).toContain('Verksamhet Budget 2021 Utfall');
    expect(lines).toContain('Hjälpmedel & teknik 1 680 000 kr <b>ej fet</b>');
    expect(lines).toContain('Barn och unga 2 400 000 kr Redovisas i juni');
  });

  it('is a Word table with a repeated heading row, and LibreOffice lays it out row by row', () => {
    const xml = execFileSync('unzip', ['-p', files.docx, 'word/document.xml'], {
      encoding: 'utf8',
    });
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const table = tables.find((t) => t.includes('Budget 2021'));
    expect(table).toBeDefined();
    expect(table).toContain('<w:tblHeader/>');
    expect(table!.match(/<w:tr>|<w:tr /g)).toHaveLength(3);
    expect(table).toContain('&lt;b&gt;ej fet&lt;/b&gt;');
    const lines = layoutLines(files.docxPdf);
    expect(lines).toContain('Verksamhet Budget 2021 Utfall');
    expect(lines).toContain('Barn och unga 2 400 000 kr Redovisas i juni');
  });
});
