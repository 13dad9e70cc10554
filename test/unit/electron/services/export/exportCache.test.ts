import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import { createPdfCache } from '../../../../../electron/services/export/pdfCache';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import type { Protocol } from '../../../../../shared/protocol';
import { flat, pageTexts, pdfInfo } from './pdfTools';
import { sampleProtocol } from './sampleProtocol';

/**
 * The export service keeps the PDFs of unchanged documents: an unchanged protokoll is not printed
 * again, and any change, another document or another author gets a PDF of its own.
 */
let dir: string;
let chromium: PdfEngine;
const printed: string[] = [];
/** The real engine, counting what it is asked to print. */
const engine: PdfEngine = {
  htmlToPdf: (html) => {
    printed.push(html);
    return chromium.htmlToPdf(html);
  },
  serveFonts: (fontDir) => chromium.serveFonts!(fontDir),
  close: async () => undefined,
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-cache-'));
  chromium = createChromiumPdfEngine();
});

afterAll(async () => {
  await chromium?.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function save(pdf: Uint8Array): string {
  const file = join(dir, `${n++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const text = (pdf: Uint8Array) => flat(pageTexts(save(pdf)).join(' '));

function withTitle(protocol: Protocol, title: string): Protocol {
  return { ...protocol, items: protocol.items.map((it, i) => (i === 1 ? { ...it, title } : it)) };
}

describe('PDFs of unchanged documents are kept', () => {
  it('prints an unchanged protokoll once and gives the same bytes again', async () => {
    const service = createExportService({ engine });
    const protocol = sampleProtocol();
    const first = await service.renderPdf(protocol);
    const before = printed.length;
    const again = await service.renderPdf(structuredClone(protocol));
    expect(printed.length).toBe(before);
    expect(again).toEqual(first);
    expect(pdfInfo(save(again)).Tagged).toBe('yes');
  });

  it('prints a changed protokoll again, and never serves another document’s PDF', async () => {
    const service = createExportService({ engine });
    const a = withTitle(sampleProtocol(), 'Ärende Alfa');
    const b = withTitle(sampleProtocol(), 'Ärende Beta');
    expect(text(await service.renderPdf(a))).toContain('Ärende Alfa');
    const before = printed.length;
    const textB = text(await service.renderPdf(b));
    expect(printed.length).toBe(before + 1);
    expect(textB).toContain('Ärende Beta');
    expect(textB).not.toContain('Ärende Alfa');
    // Back to the first: kept, and still its own text.
    const textA = text(await service.renderPdf(a));
    expect(printed.length).toBe(before + 1);
    expect(textA).toContain('Ärende Alfa');
    expect(textA).not.toContain('Ärende Beta');
    // The web version of the same protokoll is another document.
    await service.renderPdf(a, { document: 'webbversion' });
    expect(printed.length).toBe(before + 2);
  });

  it('reuses the print but not the finished PDF when only the author or PDF/A differs', async () => {
    const service = createExportService({ engine });
    const protocol = sampleProtocol();
    await service.renderPdf(protocol, { author: 'Anna Andersson' });
    const before = printed.length;
    const other = await service.renderPdf(protocol, { author: 'Bertil Berg' });
    const archival = await service.renderPdf(protocol, { author: 'Bertil Berg', pdfa: true });
    expect(printed.length).toBe(before);
    expect(pdfInfo(save(other)).Author).toBe('Bertil Berg');
    const pdfaId = '<pdfaid:part>2</pdfaid:part>';
    expect(Buffer.from(archival).toString('latin1')).toContain(pdfaId);
    expect(Buffer.from(other).toString('latin1')).not.toContain(pdfaId);
  });

  it('stays within its bounds however many documents are exported', async () => {
    const cache = createPdfCache({ maxBytes: 2 * 1024 * 1024, maxEntries: 3 });
    const service = createExportService({ engine, cache });
    for (let i = 0; i < 5; i++) {
      await service.renderPdf(withTitle(sampleProtocol(), `Ärende ${i}`));
      expect(cache.size.entries).toBeLessThanOrEqual(3);
      expect(cache.size.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    }
    // The oldest was dropped: asking for it prints it again.
    const before = printed.length;
    expect(text(await service.renderPdf(withTitle(sampleProtocol(), 'Ärende 0')))).toContain(
      'Ärende 0',
    );
    expect(printed.length).toBe(before + 1);
  });
});

describe('warming up at start', () => {
  it('prints one page with all four font faces, then exports as before', async () => {
    const service = createExportService({ engine });
    const before = printed.length;
    await service.warm();
    expect(printed.length).toBe(before + 1);
    const warmUp = printed[printed.length - 1]!;
    for (const face of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
      expect(warmUp).toContain(`LiberationSans-${face}.ttf`);
    }
    expect(text(await service.renderPdf(withTitle(sampleProtocol(), 'Efter start')))).toContain(
      'Efter start',
    );
  });
});

describe('a print under way is shared', () => {
  it('prints once when the export is asked for while the preview prints the same protokoll', async () => {
    const service = createExportService({ engine });
    const protocol = withTitle(sampleProtocol(), 'Ärende Samtidigt');
    const file = join(dir, 'while-previewing.pdf');
    const before = printed.length;
    const [preview] = await Promise.all([
      service.renderPdf(protocol),
      service.exportPdf(structuredClone(protocol), file),
    ]);
    expect(printed.length).toBe(before + 1);
    expect(text(preview)).toContain('Ärende Samtidigt');
    expect(flat(pageTexts(file).join(' '))).toContain('Ärende Samtidigt');
  });

  it('does not share a print with another document', async () => {
    const service = createExportService({ engine });
    const before = printed.length;
    const [a, b] = await Promise.all([
      service.renderPdf(withTitle(sampleProtocol(), 'Ärende Gamma')),
      service.renderPdf(withTitle(sampleProtocol(), 'Ärende Delta')),
    ]);
    expect(printed.length).toBe(before + 2);
    expect(text(a)).not.toContain('Ärende Delta');
    expect(text(b)).not.toContain('Ärende Gamma');
  });
});

describe('printing ahead of the export', () => {
  it('prints the protokoll into the cache, so its export prints nothing', async () => {
    const service = createExportService({ engine });
    const protocol = withTitle(sampleProtocol(), 'Ärende Förtryckt');
    const before = printed.length;
    await service.prePrint(protocol);
    expect(printed.length).toBe(before + 1);
    const exported = await service.renderPdf(structuredClone(protocol), { author: 'Anna' });
    expect(printed.length).toBe(before + 1);
    expect(text(exported)).toContain('Ärende Förtryckt');
    expect(pdfInfo(save(exported)).Tagged).toBe('yes');
  });

  it('an export asked for while the pre-print runs waits for it', async () => {
    const service = createExportService({ engine });
    const protocol = withTitle(sampleProtocol(), 'Ärende Under Tryck');
    const before = printed.length;
    const ahead = service.prePrint(protocol);
    const exported = await service.renderPdf(structuredClone(protocol));
    await ahead;
    expect(printed.length).toBe(before + 1);
    expect(text(exported)).toContain('Ärende Under Tryck');
  });
});
