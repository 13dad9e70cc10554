import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { renderDocx } from '../../../shared/export/docx';
import { renderHtml, type FontSources } from '../../../shared/export/html';
import { AppendixPdfError, finishPdf } from '../../../shared/export/pdf';
import { OUTPUTS, type OutputFormat, type OutputRow } from '../../../shared/outputs';
import { formatPath, protocolSchema, type Protocol } from '../../../shared/protocol';
import { writeFileAtomically } from './atomicWrite';
import { ExportError } from './exportError';
import { fileFontSources, loadFontSources } from './fontSources';
import type { PrintDocument } from '../../../shared/print/printDocument';
import type { PdfEngine } from './pdfEngine';

export { ExportError } from './exportError';

export interface PdfOptions {
  /** Add PDF/A-2b metadata and an sRGB output intent. */
  pdfa?: boolean;
  /** Folder that relative appendix paths are resolved against (the .protokoll's folder). */
  baseDir?: string;
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
    opts?: Pick<PdfOptions, 'author' | 'pdfa' | 'baseDir'>,
  ): Promise<void>;
  renderPdf(protocol: Protocol, opts?: PdfOptions): Promise<Uint8Array>;
  /** Any print model (e.g. the Beslutsregister) as a PDF, by the same engine and post-processing. */
  printModelPdf(model: PrintDocument): Promise<Uint8Array>;
  previewHtml(protocol: Protocol): Promise<string>;
  close(): Promise<void>;
}

export interface ExportServiceOptions {
  engine: PdfEngine;
  /** The documents it makes; the app's outputs table by default. */
  outputs?: readonly OutputRow[];
  /** Folder with the LiberationSans-*.ttf files; the source tree's by default. */
  fontDir?: string;
}

/** Re-validates the draft: an export never prints a document the schema would refuse. */
function validated(protocol: Protocol): Protocol {
  const result = protocolSchema.safeParse(protocol);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatPath(issue.path);
  throw new ExportError(
    'invalid-protocol',
    `invalid protokoll: ${path}: ${issue.message}`,
    `Protokollet har ett fel i fältet ${path} och kan inte exporteras.`,
  );
}

/** The appendix PDFs referenced by items, read in item order, each named when it is missing. */
async function readAppendices(
  protocol: Protocol,
  baseDir: string,
): Promise<{ path: string; bytes: Uint8Array }[]> {
  const files = protocol.items.flatMap((item) =>
    item.appendices.flatMap((a) => (a.file ? [a.file] : [])),
  );
  return Promise.all(
    files.map(async (file) => {
      const path = isAbsolute(file) ? file : resolve(baseDir, file);
      try {
        return { path, bytes: new Uint8Array(await readFile(path)) };
      } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code ?? String(err);
        throw new ExportError(
          'appendix-missing',
          `appendix file not found or unreadable: ${path} (${reason})`,
          `Bilagan ${path} saknas eller kan inte läsas.`,
        );
      }
    }),
  );
}

/** The row of a document kind; an unknown kind is refused like a bad protokoll. */
function rowOf(outputs: readonly OutputRow[], kind: string): OutputRow {
  const row = outputs.find((o) => o.kind === kind);
  if (row) return row;
  throw new ExportError(
    'format-not-offered',
    `unknown document kind "${kind}"`,
    'Paragraf kan inte göra den sortens dokument.',
  );
}

/** PDF and DOCX export of a protokoll; one PDF engine (browser) is reused across exports. */
export function createExportService(options: ExportServiceOptions): ExportService {
  const outputs = options.outputs ?? OUTPUTS;
  /** The print model of the requested row of the outputs table. */
  const documentOf = (protocol: Protocol, opts: Pick<PdfOptions, 'document' | 'itemIds'>) =>
    rowOf(outputs, opts.document ?? 'protokoll').build(
      protocol,
      opts.itemIds ? { itemIds: opts.itemIds } : {},
    );
  let inlineFonts: Promise<FontSources> | undefined;
  // The preview is always self-contained; the PDF engine may prefer file: URLs.
  const getInlineFonts = () => (inlineFonts ??= loadFontSources(options.fontDir));
  const getPdfFonts = async () =>
    options.engine.fontUrls === 'file' ? fileFontSources(options.fontDir) : getInlineFonts();

  async function html(protocol: Protocol): Promise<string> {
    return renderHtml(documentOf(protocol, {}), { fonts: await getInlineFonts() });
  }

  async function renderPdf(protocol: Protocol, opts: PdfOptions = {}): Promise<Uint8Array> {
    const valid = validated(protocol);
    const appendices = await readAppendices(valid, opts.baseDir ?? process.cwd());
    const model = documentOf(valid, opts);
    const printed = await options.engine.htmlToPdf(
      renderHtml(model, { fonts: await getPdfFonts() }),
    );
    try {
      const info = opts.author ? { ...model.info, author: opts.author } : model.info;
      return await finishPdf(printed, info, {
        appendices: appendices.map((a) => a.bytes),
        pdfa: opts.pdfa ?? false,
      });
    } catch (err) {
      if (err instanceof AppendixPdfError) {
        const path = appendices[err.index]!.path;
        throw new ExportError(
          'appendix-invalid',
          `appendix is not a readable PDF: ${path} (${err.message})`,
          `Bilagan ${path} är inte en läsbar PDF-fil.`,
        );
      }
      throw err;
    }
  }

  return {
    renderPdf,
    async printModelPdf(model) {
      const printed = await options.engine.htmlToPdf(
        renderHtml(model, { fonts: await getPdfFonts() }),
      );
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
        throw new ExportError(
          'format-not-offered',
          `${document} is not made as ${format}`,
          `${row.label} kan inte exporteras som ${format.toUpperCase()}.`,
        );
      }
      const request = { ...opts, document, ...(itemIds ? { itemIds } : {}) };
      if (format === 'pdf') await this.exportPdf(protocol, outPath, request);
      else await this.exportDocx(protocol, outPath, request);
    },
    async previewHtml(protocol) {
      return html(validated(protocol));
    },
    close: () => options.engine.close(),
  };
}
