import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { flat, libreOfficeToPdf, pageTexts } from './pdfTools';

/** The conventions of docs/print-conventions.md, read back from the PDF and the DOCX. */
describe('print conventions in the exported files', () => {
  let dir: string;
  let service: ExportService;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paragraf-conventions-'));
    service = createExportService({ engine: createChromiumPdfEngine() });
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranges as "§ 46–55", signers as role, line and name without pipes, in PDF and DOCX', async () => {
    const p = loadFixture();
    const pdf = join(dir, 'p.pdf');
    const docx = join(dir, 'p.docx');
    await service.exportPdf(p, pdf);
    await service.exportDocx(p, docx);
    const [docxPdf] = libreOfficeToPdf([docx], dir);
    for (const file of [pdf, docxPdf!]) {
      const text = pageTexts(file).map(flat).join(' ');
      expect(text, file).toContain('§ 46–55');
      expect(text, file).not.toMatch(/§ \d+ ?[-–] ?§/);
      expect(text, file).not.toContain(' | ');
      const lines = pageTexts(file)
        .join('\n')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      // The role, then the name on its own line under the signing line.
      const at = lines.lastIndexOf('Ulrika Larsson');
      expect(lines.slice(Math.max(0, at - 3), at).join(' '), file).toMatch(/Sekreterare/);
    }
  }, 180_000);
});
