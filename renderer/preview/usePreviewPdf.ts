import { useEffect, useState } from 'react';
import type { Protocol } from '../../shared/protocol/protocol';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { openPdf, type PdfDocument } from './pdfDocument';

export type PreviewState =
  | { status: 'loading' }
  /** The quick PDF: only its page 1 is right, and the page total is not known yet. */
  | { status: 'firstPage'; pdf: PdfDocument }
  | { status: 'error'; message: string }
  | { status: 'ready'; pdf: PdfDocument };

/**
 * The protocol exported exactly as "Exportera PDF" would, opened for display. The preview shows
 * the draft as it was when it opened, so `protocol` is fixed for the hook's life. A quick PDF of
 * the first page is asked for at the same time and shown until the whole one is there (an
 * unchanged document's whole PDF comes from main's cache and may arrive first).
 */
export function usePreviewPdf(protocol: Protocol): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let done = false;
    const opened: PdfDocument[] = [];
    // Asked first, so main queues its print before the whole document's.
    const firstPage = api().export.previewFirstPage(protocol);
    const whole = api().export.previewPdf(protocol);
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
