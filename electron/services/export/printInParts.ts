import { withBlankPages } from '../../../shared/export/html';
import { joinPrintedParts } from './printedParts/joinPrintedParts';
import { pageHasContent, readPart, type PartShape } from './printedParts/printedPart';
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

/** Below this much body HTML a document prints whole: splitting would save less than it costs. */
const MIN_SPLIT_HTML = 60_000;

export interface PrintJobOptions {
  engine: PdfEngine;
  /** The document's HTML as the engine prints it. */
  html(doc: PrintDocument): Promise<string>;
  /** Where part page counts are remembered (a fresh memory by default). */
  memory?: PageCountMemory;
  /** Told when a split print had to be done again or whole (for logs and tests). */
  onRetry?(reason: 'first-part-pages' | 'part-pages' | 'not-joinable'): void;
}

/**
 * Printing a long document on two lanes at once. The document is cut at the forced page break
 * nearest its middle (a § that starts on a new page); each part is printed by its own renderer
 * with as many empty pages before or after as the other part has, so "Sida x av y" comes out as
 * in the whole document, and only its own pages are printed; the two PDFs are joined into one
 * tagged PDF. Each part's page count is taken from the last print of the same part (or of the
 * same place in the same document, or estimated) and checked after printing; a wrong count is
 * printed again, so the result is always the whole document's pages.
 */
export function createPrintJobs(
  options: PrintJobOptions,
): (doc: PrintDocument) => Promise<PrintJob> {
  const { engine } = options;
  const memory = options.memory ?? createPageCountMemory();

  async function wholeJob(doc: PrintDocument): Promise<PrintJob> {
    const html = await options.html(doc);
    return { key: pdfCacheKey(html), print: () => engine.htmlToPdf(html) };
  }

  return async function jobOf(doc) {
    const parts = (engine.lanes ?? 1) > 1 ? splitAtPageBreaks(doc) : undefined;
    if (!parts) return wholeJob(doc);
    const [first, second] = await Promise.all(parts.map((part) => options.html(part)));
    if (first!.length + second!.length < MIN_SPLIT_HTML * 2) return wholeJob(doc);
    const places = [`${doc.info.title}\u0000first`, `${doc.info.title}\u0000second`];
    const keys = [pdfCacheKey(first!), pdfCacheKey(second!)];

    async function printParts(): Promise<Uint8Array> {
      const guessA = memory.guess(keys[0]!, places[0]!, first!);
      const a = guessA.pages;
      const b = memory.guess(keys[1]!, places[1]!, second!).pages;
      // The first part with `after` empty pages after it; the second with `before` before it.
      const printFirst = (after: number, pages: string) =>
        engine.htmlToPdf(withBlankPages(first!, 0, after), pages).then(readPart);
      const printSecond = (before: number) =>
        engine.htmlToPdf(withBlankPages(second!, before, 0), `${before + 1}-`).then(readPart);
      // Pages more than guessed for the first part show where its content really ends: one
      // when this very part was printed before, else a few in case an edit moved a page break.
      const slack = guessA.exact ? 1 : Math.max(2, Math.ceil(a * 0.15));
      const [partA, partB] = await Promise.all([printFirst(b, `1-${a + slack}`), printSecond(a)]);
      // The second part's own page count does not depend on where it starts.
      const bTrue = partB.pages.length;
      memory.learn(keys[1]!, places[1]!, second!, bTrue);
      const aTrue = contentPageCount(partA);
      if (aTrue === undefined) {
        options.onRetry?.('first-part-pages');
        const whole = await engine.htmlToPdf(await options.html(doc));
        memory.learn(keys[0]!, places[0]!, first!, readPart(whole).pages.length - bTrue);
        return whole;
      }
      memory.learn(keys[0]!, places[0]!, first!, aTrue);
      if (aTrue !== a || bTrue !== b) options.onRetry?.('part-pages');
      // A part numbered from a wrong count of the other is printed again with the right one.
      const [finalA, finalB] = await Promise.all([
        bTrue === b ? partA : printFirst(bTrue, `1-${aTrue}`),
        aTrue === a ? partB : printSecond(aTrue),
      ]);
      return joinPrintedParts([
        { part: finalA, pages: aTrue },
        { part: finalB, pages: bTrue },
      ]);
    }

    return {
      key: pdfCacheKey(...keys),
      async print() {
        try {
          return await printParts();
        } catch (err) {
          if (!(err instanceof UnsupportedPrintedPdf)) throw err;
          options.onRetry?.('not-joinable');
          return engine.htmlToPdf(await options.html(doc));
        }
      },
    };
  };
}

/**
 * The pages of a printed first part up to its last page with content, or undefined when its
 * last printed page has content (the content may go on beyond the printed range).
 */
function contentPageCount(part: PartShape): number | undefined {
  const printed = part.pages.length;
  if (printed === 0 || pageHasContent(part, printed - 1)) return undefined;
  let last = printed - 1;
  while (last > 0 && !pageHasContent(part, last - 1)) last--;
  return last > 0 ? last : undefined;
}
