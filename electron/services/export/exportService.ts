import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { renderDocx } from '../../../shared/export/docx';
import { renderHtml, type FontSources } from '../../../shared/export/html';
import { AppendixPdfError, finishPdf } from '../../../shared/export/pdf';
import { buildPrintModel, type PrintAudience } from '../../../shared/print';
import { formatPath, protocolSchema, type Protocol } from '../../../shared/protocol';
import { writeFileAtomically } from './atomicWrite';
import { ExportError } from './exportError';
import { DEFAULT_FONT_DIR, loadFontSources, servedFontSources } from './fontSources';
import type { PdfEngine } from './pdfEngine';

export { ExportError } from './exportError';

export interface PdfOptions {
  /** Add PDF/A-2b metadata and an sRGB output intent. */
  pdfa?: boolean;
  /** Folder that relative appendix paths are resolved against (the .protokoll's folder). */
  baseDir?: string;
  /** The PDF's Author (from the settings); the print model's author (the secretary) otherwise. */
  author?: string;
  /** 'web': the web publication version (withheld items and personnummer removed). */
  audience?: PrintAudience;
}

export interface ExportService {
  exportPdf(protocol: Protocol, outPath: string, opts?: PdfOptions): Promise<void>;
  exportDocx(protocol: Protocol, outPath: string, opts?: { author?: string }): Promise<void>;
  renderPdf(protocol: Protocol, opts?: PdfOptions): Promise<Uint8Array>;
  previewHtml(protocol: Protocol): Promise<string>;
  close(): Promise<void>;
}

export interface ExportServiceOptions {
  engine: PdfEngine;
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

/** PDF and DOCX export of a protokoll; one PDF engine (browser) is reused across exports. */
export function createExportService(options: ExportServiceOptions): ExportService {
  let inlineFonts: Promise<FontSources> | undefined;
  // The preview is always self-contained; the PDF engine may serve the font files itself.
  const getInlineFonts = () => (inlineFonts ??= loadFontSources(options.fontDir));
  const getPdfFonts = async () =>
    options.engine.serveFonts
      ? servedFontSources(options.engine.serveFonts(options.fontDir ?? DEFAULT_FONT_DIR))
      : getInlineFonts();

  async function html(protocol: Protocol): Promise<string> {
    return renderHtml(buildPrintModel(protocol), { fonts: await getInlineFonts() });
  }

  async function renderPdf(protocol: Protocol, opts: PdfOptions = {}): Promise<Uint8Array> {
    const valid = validated(protocol);
    const appendices = await readAppendices(valid, opts.baseDir ?? process.cwd());
    const model = buildPrintModel(valid, { audience: opts.audience ?? 'full' });
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
    async exportPdf(protocol, outPath, opts) {
      await writeFileAtomically(outPath, await renderPdf(protocol, opts));
    },
    async exportDocx(protocol, outPath, opts = {}) {
      const valid = validated(protocol);
      const model = buildPrintModel(valid);
      const info = opts.author ? { ...model.info, author: opts.author } : model.info;
      await writeFileAtomically(outPath, await renderDocx({ ...model, info }));
    },
    async previewHtml(protocol) {
      return html(validated(protocol));
    },
    close: () => options.engine.close(),
  };
}
