import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { inflatedSize } from '../../../../../electron/services/appendix/inflatedSize';
import {
  APPENDIX_LIMITS,
  AppendixPdfError,
  finishPdf,
  installObjectStreamGuard,
  MAX_DECODED_OBJECT_STREAM_BYTES,
  PdfaWithAppendicesError,
  type AppendixLimits,
  type AppendixProblemKind,
} from '../../../../../shared/export/pdf';
import type { DocumentInfo } from '../../../../../shared/print/printDocument';
import {
  ACTIVE_PAGE_TEXT,
  activePdf,
  cyclicKidsPdf,
  cyclicParentPdf,
  deepTreePdf,
  objectStreamBombPdf,
  SCRIPT_MARK,
  wideTreePdf,
} from './hostilePdfs';

const INFO: DocumentInfo = {
  title: 'Protokoll',
  author: 'Sekreteraren',
  subject: 'Kommunstyrelsen',
  keywords: [],
  language: 'sv-SE',
};

let dir: string;
let printed: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-hostile-appendix-'));
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Protokoll sida 1', { x: 50, y: 700, size: 20, font });
  printed = await doc.save();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The refusal's kind and which appendix it named, or 'ok'. */
async function outcome(
  appendices: Uint8Array[],
  limits: AppendixLimits = APPENDIX_LIMITS,
): Promise<{ index: number; kind: AppendixProblemKind } | 'ok'> {
  try {
    await finishPdf(printed, INFO, { appendices, limits });
    return 'ok';
  } catch (err) {
    if (err instanceof AppendixPdfError) return { index: err.index, kind: err.kind };
    throw err;
  }
}

describe('an appendix that would make the export run away', () => {
  it('refuses 200 000 pages from the bytes alone, before pdf-lib parses the file', async () => {
    const appendix = wideTreePdf(200_000);
    const load = vi.spyOn(PDFDocument, 'load');
    expect(await outcome([printed, appendix])).toEqual({ index: 1, kind: 'too-many-objects' });
    // The protokoll and the first appendix were parsed; the hostile one never was.
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('refuses more pages than the limit, per appendix and together', async () => {
    const limits = { ...APPENDIX_LIMITS, pages: 50, totalPages: 80 };
    expect(await outcome([wideTreePdf(51)], limits)).toEqual({ index: 0, kind: 'too-many-pages' });
    expect(await outcome([wideTreePdf(50)], limits)).toBe('ok');
    expect(await outcome([wideTreePdf(50), wideTreePdf(31)], limits)).toEqual({
      index: 1,
      kind: 'too-many-pages',
    });
  });

  it('names a page tree that goes round in circles instead of overflowing the stack', async () => {
    expect(await outcome([cyclicKidsPdf()])).toEqual({ index: 0, kind: 'page-tree-cycle' });
    // A /Parent loop is repaired (the walk sets each parent), so the page is appended.
    expect(await outcome([cyclicParentPdf()])).toBe('ok');
    expect(await outcome([deepTreePdf(APPENDIX_LIMITS.treeDepth + 1)])).toEqual({
      index: 0,
      kind: 'too-deep',
    });
    expect(await outcome([deepTreePdf(5)])).toBe('ok');
  });

  it('refuses an object stream that would inflate past the budget, before pdf-lib inflates it', async () => {
    // As the export service does: pdf-lib's stream parsers measure with a bounded inflate first.
    installObjectStreamGuard(inflatedSize);
    const bomb = objectStreamBombPdf(MAX_DECODED_OBJECT_STREAM_BYTES + 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await outcome([bomb])).toEqual({ index: 0, kind: 'too-many-objects' });
    expect(await outcome([objectStreamBombPdf(1024 * 1024)])).toBe('ok');
  });

  it('names files that are not PDFs or are encrypted', async () => {
    expect(await outcome([new TextEncoder().encode('hello')])).toEqual({
      index: 0,
      kind: 'not-pdf',
    });
  });
});

describe('actions and attachments in an appendix', () => {
  it('appends the visible page and nothing that runs, launches, submits or carries a file', async () => {
    const out = join(dir, 'active.pdf');
    writeFileSync(out, await finishPdf(printed, INFO, { appendices: [activePdf()] }));
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain(ACTIVE_PAGE_TEXT);
    execFileSync('qpdf', ['--check', out]);
    // Every object with its stream data ("qpdf" is the objects part of qpdf's JSON).
    const json = execFileSync(
      'qpdf',
      ['--json', '--json-key=qpdf', '--json-stream-data=inline', out],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    for (const key of ['/JS', '/JavaScript', '/AA', '/OpenAction', '/EmbeddedFiles', '/EF']) {
      expect([key, json.includes(`"${key}"`)]).toEqual([key, false]);
    }
    for (const action of ['JavaScript', 'Launch', 'URI', 'SubmitForm', 'ImportData']) {
      expect([action, json.includes(`"/S": "/${action}"`)]).toEqual([action, false]);
    }
    expect(json).not.toContain('"/FileAttachment"');
    expect(json).toContain('"/Text"');
    // No script text or file body anywhere, once every stream is uncompressed.
    const qdf = join(dir, 'active-qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', out, qdf]);
    expect(readFileSync(qdf, 'latin1')).not.toContain(SCRIPT_MARK);
  });
});

describe('PDF/A with appendices', () => {
  it('is refused rather than claimed for pages nobody checked', async () => {
    const appendix = await PDFDocument.create();
    appendix.addPage();
    const result = finishPdf(printed, INFO, { appendices: [await appendix.save()], pdfa: true });
    await expect(result).rejects.toBeInstanceOf(PdfaWithAppendicesError);
    // Without appendices the claim is made as before.
    const plain = Buffer.from(await finishPdf(printed, INFO, { pdfa: true })).toString('latin1');
    expect(plain).toContain('<pdfaid:part>2</pdfaid:part>');
  });
});
