import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { finishPdf } from '../../../../../shared/export/pdf';
import { appendInfoUpdate } from '../../../../../shared/export/pdf/incrementalInfo';
import type { DocumentInfo } from '../../../../../shared/print';
import { pdfInfo, qpdfCheck } from './pdfTools';

const dir = mkdtempSync(join(tmpdir(), 'paragraf-incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const info: DocumentInfo = {
  title: 'Protokoll – Kommunstyrelsen i Åre – 2024-11-20',
  author: 'Örjan Ångström',
  subject: 'Protokoll Kommunstyrelsen',
  keywords: ['Protokoll', 'Kommunstyrelsen'],
  language: 'sv-SE',
};

async function simplePdf(objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage();
  doc.addPage();
  return doc.save({ useObjectStreams: objectStreams });
}

describe('metadata as an incremental update', () => {
  it('appends a new Info and catalog that poppler, qpdf and pdf-lib read back', async () => {
    const original = await simplePdf(false);
    const updated = appendInfoUpdate(original, info, new Date('2024-11-21T10:00:00Z'))!;
    expect(updated).toBeDefined();
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(
      true,
    );
    const file = join(dir, 'updated.pdf');
    writeFileSync(file, updated);
    expect(qpdfCheck(file).status).toBe(0);
    const meta = pdfInfo(file);
    expect(meta.Title).toBe(info.title);
    expect(meta.Author).toBe(info.author);
    expect(meta.Producer).toBe('Paragraf');
    expect(meta.Pages).toBe('2');
    const reread = await PDFDocument.load(readFileSync(file));
    expect(reread.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('sv-SE');
  });

  it('declines files it does not understand, and finishPdf still sets the metadata', async () => {
    const streams = await simplePdf(true);
    expect(appendInfoUpdate(streams, info, new Date())).toBeUndefined();
    const file = join(dir, 'fallback.pdf');
    writeFileSync(file, await finishPdf(streams, info));
    expect(qpdfCheck(file).status).toBe(0);
    expect(pdfInfo(file).Title).toBe(info.title);
  });
});
