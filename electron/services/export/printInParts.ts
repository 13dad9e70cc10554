import { withPageNumbers } from '../../../shared/export/html';
import type { PrintDocument } from '../../../shared/print/printDocument';
import { cutAtPageBreaks } from '../../../shared/print/cutAtPageBreaks';
import { createPageCountMemory, type PageCountMemory } from './pageCountMemory';
import { pdfCacheKey } from './pdfCache';
import type { PdfEngine } from './pdfEngine';
import { createPrintedPartCache, type PrintedPartCache } from './printedPartCache';
import { joinPrintedParts } from './printedParts/joinPrintedParts';
import { readPart, type PartShape } from './printedParts/printedPart';
import { UnsupportedPrintedPdf } from './printedParts/printedPdf';

/** A document ready to print: its cache key (the hash of its HTML) and how to print it. */
export interface PrintJob {
  key: string;
  print(): Promise<Uint8Array>;
}

export interface PrintJobOptions {
  engine: PdfEngine;
  /** The document's HTML as the engine prints it; a part's with its page total left open. */
  html(doc: PrintDocument, part?: boolean): Promise<string>;
  /** Where part page counts are remembered (a fresh memory by default). */
  memory?: PageCountMemory;
  /** Printed parts kept for reuse (a bounded one of its own by default). */
  parts?: PrintedPartCache;
  /**
   * Told when a document is not simply printed in parts (for logs and tests): printed whole
   * while its parts' page counts are learnt, parts printed again with the right numbers, or
   * printed whole because a part's PDF could not be joined.
   */
  onExtraPrint?(reason: 'learning-pages' | 'part-pages' | 'not-joinable', detail?: string): void;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** Where a part sits in its document, for guessing its pages when its content changed. */
function placeOf(doc: PrintDocument, part: PrintDocument, index: number): string {
  const first = part.blocks[0];
  const at = index === 0 ? 'start' : first?.kind === 'item' ? `item ${first.id}` : `#${index}`;
  return `${doc.info.title}\u0000${at}`;
}

/**
 * Printing a long document on all lanes at once. The document is cut at forced page breaks
 * (a § that starts on a new page) into parts whose cuts an edit elsewhere does not move; each
 * part is printed by a renderer of its own, numbered "Sida x av y" as in the whole document (its
 * first page number and the total written into its page style), and the PDFs are joined into
 * one tagged PDF. A part printed before with the same content and numbers is taken from the
 * part cache, so after an edit only the edited part prints. The numbers need each part's page
 * count before printing: taken from the last print of the same part (or of the same place in the
 * same document) and checked after; parts numbered from a wrong count are printed again, so the
 * result is always the whole document's pages. A document never printed in parts is printed
 * whole the first time, while its counts are learnt.
 */
export function createPrintJobs(
  options: PrintJobOptions,
): (doc: PrintDocument) => Promise<PrintJob> {
  const { engine } = options;
  const memory = options.memory ?? createPageCountMemory();
  const partCache = options.parts ?? createPrintedPartCache();
  // Learning prints under way, by document title.
  const learning = new Map<string, Promise<void>>();

  async function wholeJob(doc: PrintDocument): Promise<PrintJob> {
    const html = await options.html(doc);
    return { key: pdfCacheKey(html), print: () => engine.htmlToPdf(html) };
  }

  return async function jobOf(doc) {
    const parts = (engine.lanes ?? 1) > 1 ? cutAtPageBreaks(doc) : [doc];
    if (parts.length < 2) return wholeJob(doc);
    const htmls = await Promise.all(parts.map((part) => options.html(part, true)));
    const keys = htmls.map((html) => pdfCacheKey(html));
    const places = parts.map((part, i) => placeOf(doc, part, i));
    // The heaviest parts are queued first, so the lanes finish at about the same time.
    const order = htmls.map((_, i) => i).sort((a, b) => htmls[b]!.length - htmls[a]!.length);

    /** Part `i` numbered from page `from` of `total`: from the part cache, or printed. */
    async function printPart(i: number, from: number, total: number): Promise<PartShape> {
      const numbered = withPageNumbers(htmls[i]!, from, total);
      const key = pdfCacheKey(numbered);
      const cached = partCache.get(key);
      if (cached) return cached;
      const pdf = await engine.htmlToPdf(numbered);
      const part = readPart(pdf);
      partCache.set(key, part, pdf.length);
      return part;
    }

    /** Every part numbered from `counts`, printed at once on the lanes. */
    async function printNumbered(counts: readonly number[]): Promise<PartShape[]> {
      const total = sum(counts);
      const shapes: PartShape[] = [];
      await Promise.all(
        order.map(async (i) => {
          shapes[i] = await printPart(i, 1 + sum(counts.slice(0, i)), total);
        }),
      );
      return shapes;
    }

    async function printParts(guesses: readonly number[]): Promise<Uint8Array> {
      const printed = await printNumbered(guesses);
      const counts = printed.map((part) => part.pages.length);
      counts.forEach((count, i) => memory.learn(keys[i]!, places[i]!, count));
      if (counts.every((count, i) => count === guesses[i])) return joinPrintedParts(printed);
      options.onExtraPrint?.('part-pages');
      // A part's own page count does not depend on the numbers printed on its pages, so one
      // more round with the true counts is right; parts that were numbered right come from the
      // part cache. Should a count still differ, the document is printed whole.
      const renumbered = await printNumbered(counts);
      if (renumbered.some((part, i) => part.pages.length !== counts[i])) {
        return engine.htmlToPdf(await options.html(doc));
      }
      return joinPrintedParts(renumbered);
    }

    /**
     * A document not printed in parts before is printed whole. Its page total is then known, so
     * in the background its parts are printed one after the other on one lane, each numbered
     * from the pages of those before it: every count is learnt and every part is ready to join.
     */
    async function printWholeAndLearn(): Promise<Uint8Array> {
      options.onExtraPrint?.('learning-pages');
      const whole = await engine.htmlToPdf(await options.html(doc));
      // A whole PDF of another shape than the parts' is still the document: it is kept.
      const total = pageCount(whole);
      if (total === undefined) return whole;
      const learnt = (async () => {
        let from = 1;
        for (const [i, key] of keys.entries()) {
          const pages = (await printPart(i, from, total)).pages.length;
          memory.learn(key, places[i]!, pages);
          from += pages;
        }
      })().catch(() => undefined);
      learning.set(doc.info.title, learnt);
      // Forgotten when done, unless a later learning of the same title has taken its place.
      void learnt.then(() => {
        if (learning.get(doc.info.title) === learnt) learning.delete(doc.info.title);
      });
      return whole;
    }

    return {
      key: pdfCacheKey(...keys),
      async print() {
        // A document whose counts are being learnt waits for them rather than print whole again.
        await learning.get(doc.info.title);
        const guesses = keys.map((key, i) => memory.guess(key, places[i]!));
        try {
          if (guesses.some((count) => count === undefined)) return await printWholeAndLearn();
          return await printParts(guesses as number[]);
        } catch (err) {
          if (!(err instanceof UnsupportedPrintedPdf)) throw err;
          options.onExtraPrint?.('not-joinable', err.message);
          return engine.htmlToPdf(await options.html(doc));
        }
      },
    };
  };
}

/** The pages of a printed PDF, or undefined when it is not of the shape the parts are read in. */
function pageCount(pdf: Uint8Array): number | undefined {
  try {
    return readPart(pdf).pages.length;
  } catch (err) {
    if (err instanceof UnsupportedPrintedPdf) return undefined;
    throw err;
  }
}
