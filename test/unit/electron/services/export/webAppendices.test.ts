import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createExportService } from '../../../../../electron/services/export/exportService';
import { sampleProtocol } from './sampleProtocol';

let dir: string;
let printed: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-web-appendix-'));
  const one = await PDFDocument.create();
  one.addPage();
  printed = await one.save();
  const appendix = await PDFDocument.create();
  for (let i = 0; i < 4; i++) appendix.addPage();
  writeFileSync(join(dir, 'sekretess.pdf'), await appendix.save());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('leaves the appendices of items not for the web out of the web version', async () => {
  // A stand-in engine: the printed protokoll is one page, so the count is the appendices'.
  const service = createExportService({
    engine: { htmlToPdf: async () => printed, close: async () => undefined },
  });
  const protocol = sampleProtocol();
  protocol.items[1]!.notForWeb = true;
  protocol.items[1]!.appendices = [{ id: 'b1', title: 'Utredning', file: 'sekretess.pdf' }];
  const pages = async (document: 'protokoll' | 'webbversion') =>
    (
      await PDFDocument.load(
        await service.renderPdf(protocol, { document, appendixAccess: { baseDir: dir } }),
      )
    ).getPageCount();
  expect(await pages('protokoll')).toBe(5);
  expect(await pages('webbversion')).toBe(1);
});
