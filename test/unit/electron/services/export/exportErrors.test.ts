import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { ParagrafError } from '../../../../../shared/errors/paragrafError';
import { findChromium } from '../../../../../electron/services/export/findChromium';
import type { Protocol } from '../../../../../shared/protocol';
import { REPO_ROOT } from './pdfTools';
import { sampleProtocol } from './sampleProtocol';

let dir: string;
let service: ExportService;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-export-errors-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
});

afterAll(async () => {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exportError(run: () => Promise<unknown>): Promise<ParagrafError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof ParagrafError) return err;
    throw err;
  }
  throw new Error('export did not fail');
}

describe('bad input to the export', () => {
  it('refuses an invalid draft with the validation error, leaving the old file alone', async () => {
    const out = join(dir, 'kept.pdf');
    writeFileSync(out, 'old content');
    const bad = structuredClone(sampleProtocol()) as Protocol;
    (bad.items[1] as { title: unknown }).title = 42;
    const err = await exportError(() => service.exportPdf(bad, out));
    expect(err.code).toBe('invalid-protocol');
    expect(err.en).toContain('items[1].title');
    expect(err.sv).toContain('items[1].title');
    const docxErr = await exportError(() => service.exportDocx(bad, join(dir, 'bad.docx')));
    expect(docxErr.code).toBe('invalid-protocol');
    expect(readFileSync(out, 'utf8')).toBe('old content');
  });

  it('names a missing appendix by its title, the path only in the detail, and writes nothing', async () => {
    const protocol = sampleProtocol();
    protocol.items[1]!.appendices = [{ id: 'b1', title: 'PM', file: 'saknas/bilaga.pdf' }];
    const out = join(dir, 'no-appendix.pdf');
    const err = await exportError(() =>
      service.exportPdf(protocol, out, { appendixAccess: { baseDir: dir } }),
    );
    expect(err.code).toBe('appendix-unreadable');
    expect(err.sv).toBe('Bilagan kunde inte läsas: PM.');
    expect(err.en).not.toContain('saknas');
    expect(err.detail).toContain(join(dir, 'saknas/bilaga.pdf'));
    expect(readdirSync(dir)).not.toContain('no-appendix.pdf');
  });

  it('names an appendix that is not a PDF', async () => {
    writeFileSync(join(dir, 'not-a-pdf.pdf'), 'hello');
    const protocol = sampleProtocol();
    protocol.items[1]!.appendices = [{ id: 'b1', title: 'PM', file: 'not-a-pdf.pdf' }];
    const err = await exportError(() =>
      service.exportPdf(protocol, join(dir, 'x.pdf'), { appendixAccess: { baseDir: dir } }),
    );
    expect(err.code).toBe('appendix-invalid');
    expect(err.sv).toBe('Bilagan ”PM” är inte en läsbar PDF-fil.');
    expect(err.detail).toContain('not-a-pdf.pdf');
  });

  it('names an unwritable output path and leaves no temporary file', async () => {
    const out = join(dir, 'no-such-folder', 'out.pdf');
    const err = await exportError(() => service.exportDocx(sampleProtocol(), out));
    expect(err.code).toBe('output-unwritable');
    expect(err.en).toContain(out);
    // A folder where the file should be: the rename fails after the temp file was written.
    const asFolder = join(dir, 'is-a-folder.docx');
    spawnSync('mkdir', [asFolder]);
    const err2 = await exportError(() => service.exportDocx(sampleProtocol(), asFolder));
    expect(err2.code).toBe('output-unwritable');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says how to get a browser when none is found', async () => {
    expect(() => findChromium({ PARAGRAF_CHROMIUM: join(dir, 'no-chromium') })).toThrow(
      /no-chromium/,
    );
    const engine = createChromiumPdfEngine({ executablePath: join(dir, 'no-chromium') });
    const missing = createExportService({ engine });
    const err = await exportError(() => missing.exportPdf(sampleProtocol(), join(dir, 'b.pdf')));
    expect(err.code).toBe('browser-missing');
    expect(err.en).toContain(join(dir, 'no-chromium'));
    await missing.close();
  });
});

describe('paragraf export (CLI)', () => {
  it('writes the PDF and DOCX, and fails with one line for a missing browser', () => {
    const fixture = join(REPO_ROOT, 'test/fixtures/norrbotten-2020-12-16.protokoll');
    const cli = join(REPO_ROOT, 'electron/cli/paragraf.ts');
    const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
    const pdf = join(dir, 'cli.pdf');
    const docx = join(dir, 'cli.docx');
    const ok = spawnSync(tsx, [cli, 'export', fixture, '--pdf', pdf, '--docx', docx], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const bad = spawnSync(tsx, [cli, 'export', fixture, '--pdf', join(dir, 'cli2.pdf')], {
      encoding: 'utf8',
      cwd: REPO_ROOT,
      env: { ...process.env, PARAGRAF_CHROMIUM: '/nonexistent/chromium' },
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('/nonexistent/chromium');
  }, 120_000);
});
