import { withPageNumbers } from '../../../shared/export/html';
import { joinPrintedParts } from './printedParts/joinPrintedParts';
import { readPart } from './printedParts/printedPart';
import { UnsupportedPrintedPdf } from './printedParts/printedPdf';
import type { PrintDocument } from '../../../shared/print/printDocument';
import { splitAtPageBreaks } from '../../../shared/print/splitAtPageBreaks';
import { pdfCacheKey } from './pdfCache';
import type { PdfEngine } from './pdfEngine';
import { createPageCountMemory, type PageCountMemory } from './pageCountMemory';

/** A document ready to print: its cache key (the hash of its HTML) and how to print it. */
export interface PrintJob {
  key: string;
  print(): Promise<Uint8Array>;
}

/**
 * Below this much HTML per part a document prints whole: splitting saves less than it costs
 * (measured: 20 items about even, 30 items 127 ms against 166 ms whole).
 */
const MIN_SPLIT_HTML = 30_000;

export interface PrintJobOptions {
  engine: PdfEngine;
  /** The document's HTML as the engine prints it; a part's with its page total left open. */
  html(doc: PrintDocument, part?: boolean): Promise<string>;
  /** Where part page counts are remembered (a fresh memory by default). */
  memory?: PageCountMemory;
  /**
   * Told when a document is not simply printed in two parts (for logs and tests): printed whole
   * while its parts' page counts are learnt, a part printed again with the right numbers, or
   * printed whole because a part's PDF could not be joined.
   */
  onExtraPrint?(reason: 'learning-pages' | 'part-pages' | 'not-joinable', detail?: string): void;
}

/**
 * Printing a long document on two lanes at once. The document is cut at the forced page break
 * nearest its middle (a § that starts on a new page); each part is printed by its own renderer,
 * numbered "Sida x av y" as in the whole document (its first page number and the total written
 * into its page style), and the two PDFs are joined into one tagged PDF. The numbers need each
 * part's page count before printing: taken from the last print of the same part (or of the same
 * place in the same document) and checked after; a part numbered from a wrong count is printed
 * again, so the result is always the whole document's pages. A document never printed in parts
 * is printed whole the first time, while its counts are learnt.
 */
export function createPrintJobs(
  options: PrintJobOptions,
): (doc: PrintDocument) => Promise<PrintJob> {
  const { engine } = options;
  const memory = options.memory ?? createPageCountMemory();
  // Learning prints under way, by the place of a document's first part.
  const learning = new Map<string, Promise<void>>();

  async function wholeJob(doc: PrintDocument): Promise<PrintJob> {
    const html = await options.html(doc);
    return { key: pdfCacheKey(html), print: () => engine.htmlToPdf(html) };
  }

  return async function jobOf(doc) {
    const parts = (engine.lanes ?? 1) > 1 ? splitAtPageBreaks(doc) : undefined;
    if (!parts) return wholeJob(doc);
    const [first, second] = await Promise.all(parts.map((part) => options.html(part, true)));
    if (first!.length + second!.length < MIN_SPLIT_HTML * 2) return wholeJob(doc);
    const places = [`${doc.info.title}\u0000first`, `${doc.info.title}\u0000second`];
    const keys = [pdfCacheKey(first!), pdfCacheKey(second!)];

    const printFirst = (total: number) =>
      engine.htmlToPdf(withPageNumbers(first!, 1, total)).then(readPart);
    const printSecond = (from: number, total: number) =>
      engine.htmlToPdf(withPageNumbers(second!, from, total)).then(readPart);

    /**
     * A document not printed in parts before is printed whole; then its second part alone,
     * in the background, whose pages (and the whole's) give both parts' counts for next time.
     */
    async function printWholeAndLearn(): Promise<Uint8Array> {
      options.onExtraPrint?.('learning-pages');
      const whole = await engine.htmlToPdf(await options.html(doc));
      const learnt = printSecond(1, 1)
        .then((partB) => {
          const bTrue = partB.pages.length;
          // A whole PDF of another shape than the parts' is still the document: it is kept.
          const total = pageCount(whole);
          if (total === undefined || total <= bTrue) return;
          memory.learn(keys[0]!, places[0]!, total - bTrue);
          memory.learn(keys[1]!, places[1]!, bTrue);
        })
        .catch(() => undefined)
        .finally(() => learning.delete(places[0]!));
      learning.set(places[0]!, learnt);
      return whole;
    }

    async function printParts(a: number, b: number): Promise<Uint8Array> {
      const [partA, partB] = await Promise.all([printFirst(a + b), printSecond(a + 1, a + b)]);
      // Each part's own page count does not depend on the numbers printed on its pages.
      const aTrue = partA.pages.length;
      const bTrue = partB.pages.length;
      memory.learn(keys[0]!, places[0]!, aTrue);
      memory.learn(keys[1]!, places[1]!, bTrue);
      const total = aTrue + bTrue;
      const firstRight = a + b === total;
      const secondRight = firstRight && a === aTrue;
      if (!firstRight || !secondRight) options.onExtraPrint?.('part-pages');
      // A part numbered from a wrong count is printed again with the right numbers.
      const [finalA, finalB] = await Promise.all([
        firstRight ? partA : printFirst(total),
        secondRight ? partB : printSecond(aTrue + 1, total),
      ]);
      return joinPrintedParts([finalA, finalB]);
    }

    return {
      key: pdfCacheKey(...keys),
      async print() {
        // A document whose counts are being learnt waits for them rather than print whole again.
        await learning.get(places[0]!);
        const a = memory.guess(keys[0]!, places[0]!);
        const b = memory.guess(keys[1]!, places[1]!);
        try {
          if (a === undefined || b === undefined) return await printWholeAndLearn();
          return await printParts(a, b);
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
