import { renderDocx } from '../../../shared/export/docx';
import { renderHtml, type FontSources } from '../../../shared/export/html';
import { AppendixPdfError, finishPdf, installObjectStreamGuard } from '../../../shared/export/pdf';
import type { AppendixAccess } from '../appendix';
import { inflatedSize } from '../appendix/inflatedSize';
import { buildPrintModel, type PrintAudience } from '../../../shared/print';
import { formatPath, protocolSchema, type Protocol } from '../../../shared/protocol';
import { writeFileAtomically } from './atomicWrite';
import {
  appendicesToAppend,
  appendixPdfProblem,
  pdfaWithAppendices,
  readAppendices,
} from './exportAppendices';
import { ExportError } from './exportError';
import { fileFontSources, loadFontSources } from './fontSources';
import type { PdfEngine } from './pdfEngine';

export { ExportError } from './exportError';

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

/** PDF and DOCX export of a protokoll; one PDF engine (browser) is reused across exports. */
export function createExportService(options: ExportServiceOptions): ExportService {
  // Appendix files must not make pdf-lib inflate without bound while it parses them.
  installObjectStreamGuard(inflatedSize);
  let inlineFonts: Promise<FontSources> | undefined;
  // The preview is always self-contained; the PDF engine may prefer file: URLs.
  const getInlineFonts = () => (inlineFonts ??= loadFontSources(options.fontDir));
  const getPdfFonts = async () =>
    options.engine.fontUrls === 'file' ? fileFontSources(options.fontDir) : getInlineFonts();

  async function html(protocol: Protocol): Promise<string> {
    return renderHtml(buildPrintModel(protocol), { fonts: await getInlineFonts() });
  }

  async function renderPdf(protocol: Protocol, opts: PdfOptions = {}): Promise<Uint8Array> {
    const valid = validated(protocol);
    const audience = opts.audience ?? 'full';
    const named = appendicesToAppend(valid, audience);
    if (opts.pdfa && named.length > 0) throw pdfaWithAppendices(named.length);
    const appendices = await readAppendices(named, opts.appendixAccess ?? {});
    const model = buildPrintModel(valid, { audience });
    const printed = await options.engine.htmlToPdf(
      renderHtml(model, { fonts: await getPdfFonts() }),
    );
    try {
      const info = opts.author ? { ...model.info, author: opts.author } : model.info;
      return await finishPdf(printed, info, {
        appendices,
        pdfa: opts.pdfa ?? false,
      });
    } catch (err) {
      if (err instanceof AppendixPdfError) {
        throw appendixPdfProblem(named[err.index]!, err.kind, err.message);
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
