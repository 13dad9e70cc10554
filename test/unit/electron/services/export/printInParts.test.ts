import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  DEFAULT_FONT_DIR,
  servedFontSources,
} from '../../../../../electron/services/export/fontSources';
import {
  createPageCountMemory,
  type PageCountMemory,
} from '../../../../../electron/services/export/pageCountMemory';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { createPrintJobs } from '../../../../../electron/services/export/printInParts';
import { renderHtml } from '../../../../../shared/export/html';
import { buildPrintModel, type PrintDocument } from '../../../../../shared/print';
import { cutAtPageBreaks } from '../../../../../shared/print/cutAtPageBreaks';
import type { Protocol } from '../../../../../shared/protocol';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';
import {
  bareText,
  breakoutVariants,
  missingHostileTexts,
  plantMarkers,
  printedHostileTexts,
} from './hostilePayloads';
import { checkExport, flat, pageTexts, pdfFonts, qpdfCheck } from './pdfTools';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';

/** Text that looks like PDF syntax, to show the join never rewrites text inside strings. */
const PDF_LIKE = 'Ärende (12 0 R) \\) /K [3 0 R] /StructParents 7 (node00000016) endobj stream';

/** 80 items on new pages, the first item's title full of PDF syntax: printed in three parts. */
function longProtocol(): Protocol {
  const protocol = generateLargeProtocol({ items: 80 });
  const items = protocol.items.map((item, i) => (i === 2 ? { ...item, title: PDF_LIKE } : item));
  return { ...protocol, items };
}

/** The structure tree as poppler lists it, element IDs left out (each part numbers its own). */
function structureTree(pdf: string): string {
  const out = spawnSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8' }).stdout;
  return out.replace(/node[0-9-]+/g, 'ID');
}

/** Remembers nothing and guesses the given counts, part by part: to force each path of the check. */
function fixedGuesses(counts: readonly number[]): PageCountMemory {
  let calls = 0;
  return { guess: () => counts[calls++ % counts.length], learn: () => undefined };
}

/** The document with a long paragraph added to the item at `index` (of all blocks). */
function withLongerItem(doc: PrintDocument, index: number, text: string): PrintDocument {
  const blocks = doc.blocks.map((b, i) => {
    if (i !== index || b.kind !== 'item') return b;
    const extra = { kind: 'paragraph' as const, role: 'body' as const, runs: [{ text }] };
    return { ...b, blocks: [...b.blocks, extra] };
  });
  return { ...doc, blocks };
}

describe('printing a long protokoll in parts at once', () => {
  let dir: string;
  let engine: PdfEngine;
  let html: (doc: PrintDocument, part?: boolean) => Promise<string>;
  let model: PrintDocument;
  let wholePath: string;
  let wholePages: string[];
  /** Each part's pages, printed alone. */
  let partPages: number[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paragraf-parts-'));
    engine = createChromiumPdfEngine();
    const fonts = servedFontSources(engine.serveFonts!(DEFAULT_FONT_DIR));
    html = async (doc, part) => renderHtml(doc, { fonts, part });
    model = buildPrintModel(longProtocol());
    wholePath = join(dir, 'whole.pdf');
    writeFileSync(wholePath, await engine.htmlToPdf(await html(model)));
    wholePages = pageTexts(wholePath);
    partPages = [];
    for (const part of cutAtPageBreaks(model)) {
      const pdf = await PDFDocument.load(await engine.htmlToPdf(await html(part)));
      partPages.push(pdf.getPageCount());
    }
  }, 120_000);

  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // One print service per memory, as the app has one: it also knows what is being learnt.
  const services = new WeakMap<
    PageCountMemory,
    { jobOf: ReturnType<typeof createPrintJobs>; told: string[] }
  >();

  /** What the prints said about a part that could not be joined. */
  const details: string[] = [];

  async function printInParts(memory: PageCountMemory, target = engine, doc = model) {
    let service = services.get(memory);
    if (!service) {
      const told: string[] = [];
      const jobOf = createPrintJobs({
        engine: target,
        html,
        memory,
        onExtraPrint: (r, detail) => {
          told.push(r);
          if (detail) details.push(detail);
        },
      });
      services.set(memory, (service = { jobOf, told }));
    }
    const retries = service.told;
    retries.length = 0;
    const jobOf = service.jobOf;
    const path = join(dir, `parts-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(path, await (await jobOf(doc)).print());
    return { path, retries };
  }

  it('gives the whole document’s pages, text, page numbers and structure tree', async () => {
    // The first print learns the part sizes; the second must need no second round.
    const memory = createPageCountMemory();
    // The first print of the document is whole, and learns the parts' page counts meanwhile.
    const learning = await printInParts(memory);
    expect(learning.retries).toEqual(['learning-pages']);
    expect(pageTexts(learning.path)).toEqual(wholePages);
    const { path, retries } = await printInParts(memory);
    expect(wholePages.length).toBeGreaterThan(60);
    const pages = pageTexts(path);
    expect(pages).toEqual(wholePages);
    expect(pages.at(-1)).toContain(`Sida ${wholePages.length} av ${wholePages.length}`);
    expect(flat(pages.join('\n'))).toContain(flat(PDF_LIKE));
    expect(structureTree(path)).toEqual(structureTree(wholePath));
    expect(qpdfCheck(path).status).toBe(0);
    expect(checkExport(path).output).toContain('RESULT: PASS');
    expect(retries).toEqual([]);
    // Each part embeds its own subsets of the shipped faces; no two subsets share a name.
    const fonts = pdfFonts(path).map((f) => f.name);
    expect(fonts.length).toBeGreaterThan(3);
    expect(new Set(fonts).size).toBe(fonts.length);
    for (const name of fonts) expect(name).toMatch(/^[A-Z]{6}\+LiberationSans/);
  }, 120_000);

  it('prints again the parts whose page counts were guessed wrong, with the same result', async () => {
    expect(partPages.length).toBe(3);
    const [a, b, c] = partPages as [number, number, number];
    const cases = [
      [a - 2, b, c], // the first part longer than guessed
      [a + 3, b - 5, c + 1], // all wrong, the total too
      [a + 4, b - 4, c], // the total right, the counts not
      [a, b, c + 2], // only the total wrong
      [1, 1, 1], // as far off as can be
    ];
    for (const guesses of cases) {
      const { path, retries } = await printInParts(fixedGuesses(guesses));
      expect(retries, guesses.join(', ')).toEqual(['part-pages']);
      expect(pageTexts(path)).toEqual(wholePages);
    }
  }, 120_000);

  /** The engine, counting its prints. */
  function countingEngine(): { engine: PdfEngine; prints: () => number } {
    let prints = 0;
    return {
      prints: () => prints,
      engine: {
        lanes: engine.lanes,
        close: async () => undefined,
        htmlToPdf(source) {
          prints++;
          return engine.htmlToPdf(source);
        },
      },
    };
  }

  it('after an edit prints only the edited part, and numbers the parts after it anew when its pages change', async () => {
    const counting = countingEngine();
    const memory = createPageCountMemory();
    // The first print is whole; meanwhile every part is printed with its numbers and kept.
    const first = await printInParts(memory, counting.engine);
    expect(first.retries).toEqual(['learning-pages']);
    // The second waits for those: the whole and the three parts are all the prints there were.
    const second = await printInParts(memory, counting.engine);
    expect(second.retries).toEqual([]);
    expect(counting.prints()).toBe(1 + 3);
    expect(pageTexts(second.path)).toEqual(wholePages);
    const parts = cutAtPageBreaks(model);
    const middle = model.blocks.indexOf(parts[1]!.blocks[2]!);
    const check = async (doc: PrintDocument, prints: number, retries: string[]) => {
      const before = counting.prints();
      const printed = await printInParts(memory, counting.engine, doc);
      expect(counting.prints() - before).toBe(prints);
      expect(printed.retries).toEqual(retries);
      const whole = join(dir, `whole-${Math.random().toString(36).slice(2)}.pdf`);
      writeFileSync(whole, await engine.htmlToPdf(await html(doc)));
      expect(pageTexts(printed.path)).toEqual(pageTexts(whole));
      expect(structureTree(printed.path)).toEqual(structureTree(whole));
      expect(qpdfCheck(printed.path).status).toBe(0);
    };
    // A few words more: the middle part prints, the others are joined as printed before.
    await check(withLongerItem(model, middle, 'Ett tillägg.'), 1, []);
    // Two pages more in the middle part: the parts after it print again with the new numbers,
    // and the first, numbered with the old total, too.
    const long = Array.from({ length: 120 }, (_, i) => `Mening ${i} i ett långt tillägg.`).join(
      ' ',
    );
    await check(withLongerItem(model, middle, long), 1 + 3, ['part-pages']);
  }, 120_000);

  it('prints the document whole when a part is not the PDF shape it can join', async () => {
    // Every print re-saved with object streams (not what Chromium writes): parts cannot be joined.
    const resaving: PdfEngine = {
      lanes: 2,
      close: async () => undefined,
      async htmlToPdf(source) {
        const pdf = await engine.htmlToPdf(source);
        return (await PDFDocument.load(pdf)).save({ useObjectStreams: true });
      },
    };
    const { path, retries } = await printInParts(fixedGuesses(partPages), resaving);
    expect(retries).toEqual(['not-joinable']);
    // Why, in English, for the app's log.
    expect(details.at(-1)).toMatch(/^printed PDF not joinable: /);
    expect(pageTexts(path)).toEqual(wholePages);
  }, 120_000);

  it('prints hostile text in every field of every part literally, as the whole print does', async () => {
    const markers = plantMarkers(dir);
    const { protocol: hostile } = hostileProtocol(filledProtocol(), breakoutVariants(markers));
    // Long enough to print in parts: the hostile items first, 60 generated ones after, and the
    // hostile meeting's signatures and anslag box at the end, in the second part.
    const filler = generateLargeProtocol({ items: 60 }).items.map((item) => ({
      ...item,
      id: `filler-${item.id}`,
    }));
    const protocol = {
      ...hostile,
      items: [...hostile.items, ...filler],
      layout: { ...hostile.layout, itemOnNewPage: true },
    };
    const doc = buildPrintModel(protocol);
    expect(cutAtPageBreaks(doc).length).toBeGreaterThan(1);
    const whole = join(dir, 'hostile-whole.pdf');
    writeFileSync(whole, await engine.htmlToPdf(await html(doc)));
    const memory = createPageCountMemory();
    const told: string[] = [];
    const jobOf = createPrintJobs({ engine, html, memory, onExtraPrint: (r) => told.push(r) });
    // The first print is whole; the second waits for the counts learnt meanwhile.
    await (await jobOf(doc)).print();
    const parts = join(dir, 'hostile-parts.pdf');
    writeFileSync(parts, await (await jobOf(doc)).print());
    expect(told).toEqual(['learning-pages']);
    expect(pageTexts(parts)).toEqual(pageTexts(whole));
    expect(missingHostileTexts(parts, printedHostileTexts(protocol))).toEqual([]);
    expect(bareText(parts)).not.toContain(markers.secret.toLowerCase());
    expect(structureTree(parts)).toEqual(structureTree(whole));
    expect(qpdfCheck(parts).status).toBe(0);
  }, 120_000);
});
