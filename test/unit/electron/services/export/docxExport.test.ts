import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { renderDocx } from '../../../../../shared/export/docx';
import { buildPrintModel } from '../../../../../shared/print';
import type { Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';
import {
  checkExport,
  libreOfficeToPdf,
  missingTexts,
  pageTexts,
  pdfFonts,
  wrongPageNumbers,
} from './pdfTools';
import { sampleProtocol } from './sampleProtocol';

/** DOCX export needs no browser. */
const noEngine: PdfEngine = {
  htmlToPdf: () => Promise.reject(new Error('not used')),
  close: () => Promise.resolve(),
};

let dir: string;
const cases: { name: string; protocol: Protocol; docx: string; pages: string[]; pdf: string }[] =
  [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-docx-'));
  const service = createExportService({ engine: noEngine });
  const inputs = [
    ['norrbotten', loadFixture()],
    ['generated-150', generateLargeProtocol({ items: 150 })],
  ] as const;
  const files: string[] = [];
  for (const [name, protocol] of inputs) {
    const docx = join(dir, `${name}.docx`);
    await service.exportDocx(protocol, docx);
    files.push(docx);
  }
  // One LibreOffice run renders both documents: PAGE/NUMPAGES laid out by a third party.
  const pdfs = libreOfficeToPdf(files, dir);
  inputs.forEach(([name, protocol], i) => {
    cases.push({ name, protocol, docx: files[i]!, pdf: pdfs[i]!, pages: pageTexts(pdfs[i]!) });
  });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function part(docx: string, name: string): string {
  return execFileSync('unzip', ['-p', docx, name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

describe.each(['norrbotten', 'generated-150'])('DOCX export of %s', (name) => {
  const get = () => cases.find((c) => c.name === name)!;

  it('shows the right "Sida n av N" on every page as LibreOffice lays it out', () => {
    const { pages } = get();
    expect(pages.length).toBeGreaterThan(1);
    expect(wrongPageNumbers(pages)).toEqual([]);
  });

  it('contains every name, § title and att-sats typed in the draft', () => {
    const { protocol, pages } = get();
    expect(missingTexts(protocol, pages)).toEqual([]);
  });

  it('uses PAGE and NUMPAGES fields, never the per-section total', () => {
    const headers = ['word/header1.xml', 'word/header2.xml']
      .map((p) => {
        try {
          return part(get().docx, p);
        } catch {
          return '';
        }
      })
      .join('');
    expect(headers).toMatch(/PAGE/);
    expect(headers).toMatch(/NUMPAGES/);
    expect(headers).not.toMatch(/SECTIONPAGES/);
  });

  it('renders with embedded fonts and passes check-export.sh', () => {
    expect(pdfFonts(get().pdf).filter((f) => !f.embedded)).toEqual([]);
    const result = checkExport(get().docx);
    expect(result.output).toContain('RESULT: PASS');
    expect(result.status).toBe(0);
  }, 180_000);
});

describe('DOCX structure a Word user can work with', () => {
  const docx = () => cases.find((c) => c.name === 'norrbotten')!.docx;

  it('has named paragraph styles for headings, att-satser and decisions', () => {
    const styles = part(docx(), 'word/styles.xml');
    const names = [...styles.matchAll(/<w:name w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['Heading 1', 'Heading 2', 'Att-sats', 'Beslut']));
    expect(styles.includes('w:ascii="Arial"')).toBe(true);
    // Every paragraph style the body uses is defined, so Word shows it by name.
    const used = new Set(
      [...part(docx(), 'word/document.xml').matchAll(/w:pStyle w:val="([^"]+)"/g)].map((m) => m[1]),
    );
    const ids = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((u) => !ids.has(u))).toEqual([]);
  });

  it('prints att-satser as a real list and attendance as tables with DXA widths', () => {
    const body = part(docx(), 'word/document.xml');
    const paragraphs = body.split('<w:p>').filter((p) => p.includes('w:pStyle w:val="Att-sats"'));
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(paragraphs.filter((p) => !p.includes('<w:numPr>'))).toEqual([]);
    expect(/<w:tblW w:type="dxa" w:w="\d+"\/>/.test(body)).toBe(true);
    expect(/<w:gridCol w:w="\d+"\/>/.test(body)).toBe(true);
  });

  it('has a first-page header variant when the layout asks for one', async () => {
    const protocol = sampleProtocol();
    expect(protocol.layout.firstPageHeaderDifferent).toBe(true);
    const file = join(dir, 'first-page.docx');
    writeFileSync(file, await renderDocx(buildPrintModel(protocol)));
    const body = part(file, 'word/document.xml');
    expect(body.includes('<w:titlePg/>')).toBe(true);
    expect(/w:headerReference w:type="first"/.test(body)).toBe(true);
    // The fixture's layout has no first-page variant, and its DOCX has none either.
    expect(/w:headerReference w:type="first"/.test(part(docx(), 'word/document.xml'))).toBe(false);
  });
});

describe('DOCX author', () => {
  it('names the secretary as author, or the author name given by the settings', async () => {
    const norrbotten = cases.find((c) => c.name === 'norrbotten')!;
    expect(part(norrbotten.docx, 'docProps/core.xml')).toContain(
      '<dc:creator>Ulrika Larsson</dc:creator>',
    );
    const service = createExportService({ engine: noEngine });
    const out = join(dir, 'author.docx');
    await service.exportDocx(loadFixture(), out, { author: 'Örjan Ångström' });
    expect(part(out, 'docProps/core.xml')).toContain('<dc:creator>Örjan Ångström</dc:creator>');
  });
});
