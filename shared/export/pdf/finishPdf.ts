import { ParseSpeeds, PDFDocument, PDFHexString } from 'pdf-lib';
import { appendInfoUpdate } from './incrementalInfo';
import type { DocumentInfo } from '../../print/printDocument';
import { addPdfaParts } from './pdfaMetadata';

/** An appendix PDF that could not be read; `index` is its position in the list given. */
export class AppendixPdfError extends Error {
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'AppendixPdfError';
  }
}

export interface FinishOptions {
  /** Appendix PDFs (bilagor), appended in this order. */
  appendices?: readonly Uint8Array[];
  /** Add PDF/A-2b metadata (XMP with pdfaid) and an sRGB output intent. */
  pdfa?: boolean;
  /** Creation date to record; now by default. */
  date?: Date;
}

/**
 * Post-processes the PDF printed by Chromium: document metadata and language, appended bilagor,
 * optional PDF/A-2b parts. Loading and saving with pdf-lib keeps Chromium's tag tree.
 */
export async function finishPdf(
  printed: Uint8Array,
  info: DocumentInfo,
  options: FinishOptions = {},
): Promise<Uint8Array> {
  // Fastest: parse without yielding to the event loop every 100 objects (a 150-item tagged PDF
  // has tens of thousands of structure objects).
  const date = options.date ?? new Date();
  const appendices = options.appendices ?? [];
  if (appendices.length === 0 && !options.pdfa) {
    const fast = appendInfoUpdate(printed, info, date);
    if (fast) return fast;
  }
  const doc = await PDFDocument.load(printed, {
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  const keywords = info.keywords.join('; ');
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords([keywords]);
  doc.setCreator('Paragraf');
  doc.setProducer('Paragraf');
  doc.setLanguage(info.language);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  for (const [index, bytes] of appendices.entries()) {
    let source: PDFDocument;
    try {
      source = await PDFDocument.load(bytes, { updateMetadata: false });
    } catch (err) {
      throw new AppendixPdfError(index, err);
    }
    const pages = await doc.copyPages(source, source.getPageIndices());
    for (const page of pages) doc.addPage(page);
  }
  if (options.pdfa) addPdfaParts(doc, info, keywords, date);
  if (!doc.context.trailerInfo.ID) {
    // A file identifier: PDF/A requires one and Chromium does not write it.
    const id = Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  }
  return doc.save({
    useObjectStreams: false,
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
  });
}
