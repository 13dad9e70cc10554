import { useEffect, useState } from 'react';
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
 * The protocol exported exactly as "Exportera PDF" would, opened for display. The preview shows
 * the draft as it was when it opened, so `protocol` is fixed for the hook's life. A quick PDF of
 * the first page is asked for first and shown until the whole one is there (for an unchanged
 * document both come from main's cache).
 */
export function usePreviewPdf(protocol: Protocol): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let done = false;
    const opened: PdfDocument[] = [];
    startPdfWorker();
    const firstPage = api().export.previewFirstPage(protocol);
    // Asked for once the quick page is printed: printed at the same time, the whole document's
    // parts would share the two cores with it and delay page 1.
    const whole = firstPage.then(
      () => api().export.previewPdf(protocol),
      () => api().export.previewPdf(protocol),
    );
    void (async () => {
      try {
        const pdf = await openPdf(await unwrap(firstPage));
        if (cancelled || done) return void pdf.destroy();
        opened.push(pdf);
        setState({ status: 'firstPage', pdf });
      } catch {
        // The whole PDF's answer reports any problem.
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
      for (const pdf of opened) void pdf.destroy();
    };
  }, [protocol]);
  return state;
}

function previewErrorText(e: unknown): string {
  const text = errorText(e);
  // pdf.js errors have English texts; the user gets a Swedish one, the console the details.
  if (!(e instanceof Error) || text !== 'Något gick fel. Försök igen.') return text;
  console.error('preview failed', e);
  return 'Förhandsgranskningen kunde inte visas. Försök igen, eller exportera PDF direkt.';
}
