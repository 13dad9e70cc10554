import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
// Bundled as a file of the app (not a CDN, not a blob): works offline and under `script-src 'self'`.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Starts pdf.js's worker once, for every preview after: a worker per document would load and
 * compile the 1 MB worker script each time the preview opens. Called as the preview opens, so
 * the start overlaps the printing.
 */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module' });
}

export type PdfDocument = PDFDocumentProxy;

function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens the exported PDF with pdf.js. Eval stays off (the app's CSP forbids it) and nothing
 * is fetched: the export embeds its fonts, so no standard-font or CMap files are needed.
 */
export function openPdf(base64: string): Promise<PdfDocument> {
  startPdfWorker();
  return getDocument({
    data: bytesOfBase64(base64),
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
  }).promise;
}

interface Run {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

/** A separator between two runs: pdf.js gives runs, not words, so gaps are measured. */
function separator(previous: Run | undefined, run: Run): string {
  if (!previous || previous.hasEOL) return '';
  if (/\s$/.test(previous.str) || /^\s/.test(run.str)) return '';
  const [, , , , x0 = 0, y0 = 0] = previous.transform;
  const [, , , , x1 = 0, y1 = 0] = run.transform;
  const size = Math.max(previous.height, run.height, 1);
  if (Math.abs(y1 - y0) > size / 2) return '\n';
  const gap = x1 - (x0 + previous.width);
  // A gap, or a jump back to the left (another box on the same line), separates words.
  return gap > size * 0.15 || gap < -size * 0.5 ? ' ' : '';
}

/** The text of one page (1-based) as pdf.js reads it, lines separated by newlines. */
export async function pageText(pdf: PdfDocument, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  let text = '';
  let previous: Run | undefined;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += separator(previous, item) + item.str + (item.hasEOL ? '\n' : '');
    previous = item;
  }
  return text;
}

/** Draws one page into a canvas `cssWidth` pixels wide, sharp on high-density screens. */
export async function renderPage(
  pdf: PdfDocument,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): Promise<{ cancel(): void; done: Promise<void> }> {
  const page = await pdf.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: cssWidth / base.width });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  const task = page.render({
    canvas,
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
  });
  return { cancel: () => task.cancel(), done: task.promise };
}
