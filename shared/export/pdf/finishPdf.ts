import { ParseSpeeds, PDFDocument, PDFHexString } from 'pdf-lib';
import { appendInfoUpdate } from './incrementalInfo';
import type { DocumentInfo } from '../../print/printDocument';
import { appendAppendix } from './appendAppendix';
import { APPENDIX_LIMITS, type AppendixLimits } from './appendixLimits';
import { AppendixProblem, type AppendixProblemKind } from './appendixProblem';
import { addPdfaParts } from './pdfaMetadata';

/** An appendix PDF that was refused; `index` is its position in the list given. */
export class AppendixPdfError extends Error {
  readonly kind: AppendixProblemKind;
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'AppendixPdfError';
    this.kind = cause instanceof AppendixProblem ? cause.kind : 'damaged';
  }
}

/**
 * PDF/A is never claimed for a file with appendices: their conformance (fonts, transparency,
 * colour, encryption) is not verified, so the claim could be false.
 */
export class PdfaWithAppendicesError extends Error {
  constructor() {
    super('PDF/A is not claimed for a PDF with appendices (their conformance is not verified)');
    this.name = 'PdfaWithAppendicesError';
  }
}

export interface FinishOptions {
  /** Appendix PDFs (bilagor), appended in this order. */
  appendices?: readonly Uint8Array[];
  /** Add PDF/A-2b metadata (XMP with pdfaid) and an sRGB output intent. */
  pdfa?: boolean;
  /** Creation date to record; now by default. */
  date?: Date;
  /** Bounds on the work one appendix may cause; APPENDIX_LIMITS by default. */
  limits?: AppendixLimits;
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
  if (options.pdfa && appendices.length > 0) throw new PdfaWithAppendicesError();
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
  let appendixPages = 0;
  for (const [index, bytes] of appendices.entries()) {
    try {
      appendixPages += await appendAppendix(
        doc,
        bytes,
        options.limits ?? APPENDIX_LIMITS,
        appendixPages,
      );
    } catch (err) {
      throw new AppendixPdfError(index, err);
    }
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
