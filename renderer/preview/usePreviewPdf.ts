import { useCallback, useEffect, useRef, useState } from 'react';
import type { Protocol } from '../../shared/protocol/protocol';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { openPdf, startPdfWorker, type PdfDocument } from './pdfDocument';

export type PreviewState =
  | { status: 'loading' }
  /** The quick PDF: only its page 1 is right, and the page total is not known yet. */
  | { status: 'firstPage'; pdf: PdfDocument }
  | { status: 'error'; message: string }
  | { status: 'ready'; pdf: PdfDocument };

/**
 * How long the whole PDF waits for page 1 of the quick one to be drawn before it is asked for
 * anyway (a page that never draws must not hold the preview back).
 */
const FIRST_PAGE_PATIENCE_MS = 1500;

export interface PreviewPdf {
  state: PreviewState;
  /** To be called when the quick PDF's page 1 is drawn: the whole PDF is asked for then. */
  firstPageDrawn: () => void;
}

/**
 * The protocol exported exactly as "Exportera PDF" would, opened for display. The preview shows
 * the draft as it was when it opened, so `protocol` is fixed for the hook's life. A quick PDF of
 * the first page is asked for first and shown until the whole one is there (for an unchanged
 * document both come from main's cache).
 */
export function usePreviewPdf(protocol: Protocol): PreviewPdf {
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  const drawn = useRef<() => void>(() => {});
  const firstPageDrawn = useCallback(() => drawn.current(), []);
  useEffect(() => {
    let cancelled = false;
    let done = false;
    const opened: PdfDocument[] = [];
    startPdfWorker();
    const firstPage = api().export.previewFirstPage(protocol);
    // Asked for once page 1 is drawn: printed and joined at the same time, the whole document
    // would take the two cores from pdf.js and delay page 1.
    let askForWhole = () => {};
    const ready = new Promise<void>((resolve) => (askForWhole = resolve));
    drawn.current = askForWhole;
    const patience = setTimeout(askForWhole, FIRST_PAGE_PATIENCE_MS);
    const whole = ready.then(() => api().export.previewPdf(protocol));
    void (async () => {
      try {
        const pdf = await openPdf(await unwrap(firstPage));
        if (cancelled || done) return void pdf.destroy();
        opened.push(pdf);
        setState({ status: 'firstPage', pdf });
      } catch {
        // The whole PDF's answer reports any problem.
        askForWhole();
      }
    })();
    void (async () => {
      try {
        const pdf = await openPdf(await unwrap(whole));
        if (cancelled) return void pdf.destroy();
        done = true;
        opened.push(pdf);
        setState({ status: 'ready', pdf });
      } catch (e) {
        done = true;
        if (!cancelled) setState({ status: 'error', message: previewErrorText(e) });
      }
    })();
    return () => {
      cancelled = true;
      clearTimeout(patience);
      for (const pdf of opened) void pdf.destroy();
    };
  }, [protocol]);
  return { state, firstPageDrawn };
}

function previewErrorText(e: unknown): string {
  const text = errorText(e);
  // pdf.js errors have English texts; the user gets a Swedish one, the console the details.
  if (!(e instanceof Error) || text !== 'Något gick fel. Försök igen.') return text;
  console.error('preview failed', e);
  return 'Förhandsgranskningen kunde inte visas. Försök igen, eller exportera PDF direkt.';
}
