import { renderDocx } from '../../../shared/export/docx';
import { renderHtml, type FontSources } from '../../../shared/export/html';
import { AppendixPdfError, finishPdf, installObjectStreamGuard } from '../../../shared/export/pdf';
import {
  defaultDocumentOf,
  OUTPUTS,
  outputRefusal,
  type OutputFormat,
  type OutputRow,
} from '../../../shared/outputs';
import { formatPath, protocolSchema, type Protocol } from '../../../shared/protocol';
import type { PrintDocument } from '../../../shared/print';
import type { AppendixAccess } from '../appendix';
import { inflatedSize } from '../appendix/inflatedSize';
import { writeFileAtomically } from './writeExportFile';
import {
  appendicesToAppend,
  appendixPdfProblem,
  pdfaWithAppendices,
  readAppendices,
} from './exportAppendices';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { DEFAULT_FONT_DIR, loadFontSources, servedFontSources } from './fontSources';
import { createPrintJobs, type PrintJob } from './printInParts';
import { createPdfCache, pdfCacheKey, type PdfCache } from './pdfCache';
import type { PdfEngine } from './pdfEngine';
import { firstPageDocument } from '../../../shared/print/firstPageDocument';
import { WARM_UP_DOCUMENT } from './warmUpDocument';

export interface PdfOptions {
  /** Add PDF/A-2b metadata and an sRGB output intent. */
  pdfa?: boolean;
  /**
   * Which appendix files may be read: in the app the draft's granted files and its imported
   * file's folder; in the CLI the .protokoll's folder. None by default.
   */
  appendixAccess?: AppendixAccess;
  /** The PDF's Author (from the settings); the print model's author (the secretary) otherwise. */
  author?: string;
  /** The document to print (a kind of the outputs table); the protokoll by default. */
  document?: string;
  /** The items of a document made of some items. */
  itemIds?: readonly string[];
}

/** One document of the outputs table in one format. */
export interface DocumentRequest {
  document: string;
  format: OutputFormat;
  itemIds?: readonly string[];
}

export interface ExportService {
  exportPdf(protocol: Protocol, outPath: string, opts?: PdfOptions): Promise<void>;
  exportDocx(
    protocol: Protocol,
    outPath: string,
    opts?: Pick<PdfOptions, 'author' | 'document' | 'itemIds'>,
  ): Promise<void>;
  exportDocument(
    protocol: Protocol,
    request: DocumentRequest,
    outPath: string,
    opts?: Pick<PdfOptions, 'author' | 'pdfa' | 'appendixAccess'>,
  ): Promise<void>;
  renderPdf(protocol: Protocol, opts?: PdfOptions): Promise<Uint8Array>;
  /**
   * A quick PDF whose first page is the first page of renderPdf's, with no page total (it is not
   * known yet): shown while the whole document is printed. The pages after it are incomplete.
   */
  previewFirstPage(
    protocol: Protocol,
    opts?: Pick<PdfOptions, 'document' | 'itemIds'>,
  ): Promise<Uint8Array>;
  /** Any print model (e.g. the Beslutsregister) as a PDF, by the same engine and post-processing. */
  printModelPdf(model: PrintDocument): Promise<Uint8Array>;
  previewHtml(protocol: Protocol): Promise<string>;
  /**
   * Prints the protokoll into the cache, writing nothing: run once a draft's saves have settled,
   * so the export or preview that usually follows an edit finds it printed.
   */
  prePrint(protocol: Protocol): Promise<void>;
  /** Starts the PDF engine and loads the fonts, so the first export is as quick as the next. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface ExportServiceOptions {
  engine: PdfEngine;
  /** The app's log (English): told when a document printed in parts had to be printed whole. */
  log?: (message: string) => void;
  /** The documents it makes; the app's outputs table by default. */
  outputs?: readonly OutputRow[];
  /** Folder with the LiberationSans-*.ttf files; the source tree's by default. */
  fontDir?: string;
  /** Finished and printed PDFs of unchanged documents; a bounded one of its own by default. */
  cache?: PdfCache;
}

/** Re-validates the draft: an export never prints a document the schema would refuse. */
function validated(protocol: Protocol): Protocol {
  const result = protocolSchema.safeParse(protocol);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatPath(issue.path);
  throw new ParagrafError(
    'invalid-protocol',
    `invalid protokoll: ${path}: ${issue.message}`,
    `Protokollet har ett fel i fältet ${path} och kan inte exporteras.`,
  );
}

/** The row of a document kind; an unknown kind is refused like a bad protokoll. */
function rowOf(outputs: readonly OutputRow[], kind: string): OutputRow {
  const row = outputs.find((o) => o.kind === kind);
  if (row) return row;
  throw new ParagrafError(
    'format-not-offered',
    `unknown document kind "${kind}"`,
    'Paragraf kan inte göra den sortens dokument.',
  );
}

/** PDF and DOCX export of a protokoll; one PDF engine (browser) is reused across exports. */
export function createExportService(options: ExportServiceOptions): ExportService {
  // Appendix files must not make pdf-lib inflate without bound while it parses them.
  installObjectStreamGuard(inflatedSize);
  const outputs = options.outputs ?? OUTPUTS;
  const cache = options.cache ?? createPdfCache();
  /** The print model of the requested row of the outputs table. */
  const printOf = (protocol: Protocol, opts: Pick<PdfOptions, 'document' | 'itemIds'>) => {
    const row = rowOf(outputs, opts.document ?? defaultDocumentOf(protocol));
    const options = opts.itemIds ? { itemIds: opts.itemIds } : {};
    return { row, options, model: row.build(protocol, options) };
  };
  const documentOf = (protocol: Protocol, opts: Pick<PdfOptions, 'document' | 'itemIds'>) =>
    printOf(protocol, opts).model;
  let inlineFonts: Promise<FontSources> | undefined;
  // The preview is always self-contained; the PDF engine may serve the font files itself.
  const getInlineFonts = () => (inlineFonts ??= loadFontSources(options.fontDir));
  const getPdfFonts = async () =>
    options.engine.serveFonts
      ? servedFontSources(options.engine.serveFonts(options.fontDir ?? DEFAULT_FONT_DIR))
      : getInlineFonts();

  async function html(protocol: Protocol): Promise<string> {
    return renderHtml(documentOf(protocol, {}), { fonts: await getInlineFonts() });
  }

  const pdfHtml = async (model: PrintDocument, part = false) =>
    renderHtml(model, { fonts: await getPdfFonts(), part });
  const jobOf = createPrintJobs({
    engine: options.engine,
    html: pdfHtml,
    onExtraPrint(reason, detail) {
      // Slower, never wrong: worth a line, since a new Chromium could write PDFs differently.
      if (reason === 'not-joinable') options.log?.(`PDF printed whole, not in parts: ${detail}`);
    },
  });

  // Prints under way by key: an export asked for while the preview (or a pre-print) is printing
  // the same HTML waits for that print instead of queueing a second one.
  const printing = new Map<string, Promise<Uint8Array>>();

  /** The engine's PDF of a document, printed once per distinct HTML (the job's key is its hash). */
  async function print(job: PrintJob): Promise<Uint8Array> {
    const key = job.key;
    const cached = cache.get(key);
    if (cached) return cached;
    const running = printing.get(key);
    // A copy each, as the cache gives: no caller can change another's bytes.
    if (running) return (await running).slice();
    const started = job.print().then((printed) => {
      cache.set(key, printed);
      return printed;
    });
    printing.set(key, started);
    try {
      return (await started).slice();
    } finally {
      printing.delete(key);
    }
  }

  async function renderPdf(protocol: Protocol, opts: PdfOptions = {}): Promise<Uint8Array> {
    const valid = validated(protocol);
    const { row, options: rowOptions, model } = printOf(valid, opts);
    // The document decides whose appendices it carries (the web version: published items only).
    const named = appendicesToAppend(row.appendedItems?.(valid, rowOptions) ?? valid.items);
    if (opts.pdfa && named.length > 0) throw pdfaWithAppendices(named.length);
    const appendices = await readAppendices(named, opts.appendixAccess ?? {});
    const job = await jobOf(model);
    const printedKey = job.key;
    const info = opts.author ? { ...model.info, author: opts.author } : model.info;
    const pdfa = opts.pdfa ?? false;
    // Everything finishPdf reads besides the printed bytes: the appendices by content, not path.
    const finishedKey = pdfCacheKey(printedKey, JSON.stringify({ info, pdfa }), ...appendices);
    const cached = cache.get(finishedKey);
    if (cached) return cached;
    const printed = await print(job);
    try {
      const finished = await finishPdf(printed, info, { appendices, pdfa });
      cache.set(finishedKey, finished);
      return finished;
    } catch (err) {
      if (err instanceof AppendixPdfError) {
        throw appendixPdfProblem(named[err.index]!, err.kind, err.message);
      }
      throw err;
    }
  }

  return {
    renderPdf,
    async printModelPdf(model) {
      const printed = await (await jobOf(model)).print();
      return finishPdf(printed, model.info, { appendices: [], pdfa: false });
    },
    async exportPdf(protocol, outPath, opts) {
      await writeFileAtomically(outPath, await renderPdf(protocol, opts));
    },
    async exportDocx(protocol, outPath, opts = {}) {
      const model = documentOf(validated(protocol), opts);
      const info = opts.author ? { ...model.info, author: opts.author } : model.info;
      await writeFileAtomically(outPath, await renderDocx({ ...model, info }));
    },
    async exportDocument(protocol, { document, format, itemIds }, outPath, opts = {}) {
      const row = rowOf(outputs, document);
      if (!row.formats.includes(format)) {
        throw new ParagrafError(
          'format-not-offered',
          `${document} is not made as ${format}`,
          `${row.label} kan inte exporteras som ${format.toUpperCase()}.`,
        );
      }
      const refusal = outputRefusal(row, protocol);
      if (refusal) throw refusal;
      const request = { ...opts, document, ...(itemIds ? { itemIds } : {}) };
      if (format === 'pdf') await this.exportPdf(protocol, outPath, request);
      else await this.exportDocx(protocol, outPath, request);
    },
    async previewFirstPage(protocol, opts = {}) {
      return print(await jobOf(firstPageDocument(printOf(validated(protocol), opts).model)));
    },
    async prePrint(protocol) {
      await print(await jobOf(documentOf(validated(protocol), {})));
    },
    async warm() {
      // Every lane decodes the fonts once, so neither part of a first export waits for that.
      const html = await pdfHtml(WARM_UP_DOCUMENT);
      const lanes = Array.from({ length: options.engine.lanes ?? 1 });
      await Promise.all(lanes.map(() => options.engine.htmlToPdf(html)));
    },
    async previewHtml(protocol) {
      return html(validated(protocol));
    },
    close: () => options.engine.close(),
  };
}
