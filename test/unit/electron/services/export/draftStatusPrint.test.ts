import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { suggestedExportName, suggestedWebPdfName } from '../../../../../shared/export/fileName';
import { buildPrintModel, type NoticeBlock } from '../../../../../shared/print';
import type { Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { flat, libreOfficeToPdf, pageTexts } from './pdfTools';

const MARK = 'UTKAST – ej justerat';
const CLAIM = 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.';

function withStatus(status: Protocol['status'], posted = ''): Protocol {
  const p = loadFixture();
  p.status = status;
  p.notice.postedDate = posted;
  p.meeting.dnr = 'KS 2020/123';
  return p;
}

const noticeOf = (p: Protocol) =>
  buildPrintModel(p).blocks.find((b): b is NoticeBlock => b.kind === 'notice')!.body;

describe('what the print model claims about justering', () => {
  it('a draft says it is not justerat and carries the mark in its header', () => {
    const p = withStatus('utkast');
    expect(noticeOf(p)).toBe('Protokollet är inte justerat.');
    expect(buildPrintModel(p).furniture.header.mark).toBe(MARK);
  });
  it('justerat but not posted claims justering only; posted or publicerat claims both', () => {
    expect(noticeOf(withStatus('justerat'))).toBe('Protokollet är justerat.');
    expect(noticeOf(withStatus('justerat', '2020-12-20'))).toBe(CLAIM);
    expect(noticeOf(withStatus('publicerat', '2020-12-20'))).toBe(CLAIM);
    for (const s of ['justerat', 'publicerat'] as const) {
      expect(buildPrintModel(withStatus(s)).furniture.header.mark).toBeUndefined();
    }
  });
  it('an export after a rättelse is offered under a name that says "rättad"', () => {
    const p = withStatus('justerat');
    expect(suggestedExportName(p, 'pdf')).not.toContain('rättad');
    p.corrections = [{ date: '2021-01-05', text: 'Belopp rättat.', by: '' }];
    expect(suggestedExportName(p, 'pdf')).toMatch(/ rättad\.pdf$/);
    expect(suggestedExportName(p, 'docx')).toMatch(/ rättad\.docx$/);
    expect(suggestedWebPdfName(p)).toMatch(/ rättad webbversion\.pdf$/);
    // The draft file itself keeps its name.
    expect(suggestedExportName(p, 'protokoll')).not.toContain('rättad');
  });
});

describe('the draft mark and the dnr in the exported files', () => {
  let dir: string;
  let service: ExportService;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paragraf-draft-mark-'));
    service = createExportService({ engine: createChromiumPdfEngine() });
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a draft PDF and DOCX carry "UTKAST – ej justerat" and the Dnr on every page, never the claim', async () => {
    const draft = withStatus('utkast');
    const titled = withStatus('utkast');
    titled.layout.firstPageHeaderDifferent = true;
    const signed = withStatus('justerat', '2020-12-20');
    const files: Record<string, string> = {};
    for (const [name, p] of Object.entries({ draft, titled, signed })) {
      files[`${name}.pdf`] = join(dir, `${name}.pdf`);
      files[`${name}.docx`] = join(dir, `${name}.docx`);
      await service.exportPdf(p, files[`${name}.pdf`]!);
      await service.exportDocx(p, files[`${name}.docx`]!);
    }
    const converted = libreOfficeToPdf(
      ['draft', 'titled', 'signed'].map((n) => files[`${n}.docx`]!),
      dir,
    );
    const [draftDocx, titledDocx, signedDocx] = converted;
    for (const file of [files['draft.pdf']!, draftDocx!, files['titled.pdf']!, titledDocx!]) {
      const pages = pageTexts(file).map(flat);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page, file).toContain(MARK);
      // The dnr is in the header (or the title block of a first page of its own).
      for (const page of pages) expect(page, file).toContain('KS 2020/123');
      expect(pages.join(' ')).not.toContain(CLAIM);
      expect(pages.join(' ')).toContain('Protokollet är inte justerat.');
    }
    for (const file of [files['signed.pdf']!, signedDocx!]) {
      const all = pageTexts(file).map(flat).join(' ');
      expect(all).not.toContain('UTKAST');
      expect(all).toContain(CLAIM);
      expect(all).toContain('Dnr KS 2020/123');
    }
  }, 240_000);
});
