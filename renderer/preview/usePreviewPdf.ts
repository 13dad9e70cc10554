import { useEffect, useState } from 'react';
import type { Protocol } from '../../shared/protocol/protocol';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { openPdf, type PdfDocument } from './pdfDocument';

export type PreviewState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; pdf: PdfDocument };

/**
 * The protocol exported exactly as "Exportera PDF" would, opened for display. The preview shows
 * the draft as it was when it opened, so `protocol` is fixed for the hook's life.
 */
export function usePreviewPdf(protocol: Protocol): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let opened: PdfDocument | null = null;
    void (async () => {
      try {
        const base64 = await unwrap(api().export.previewPdf(protocol));
        const pdf = await openPdf(base64);
        if (cancelled) return void pdf.destroy();
        opened = pdf;
        setState({ status: 'ready', pdf });
      } catch (e) {
        if (!cancelled) setState({ status: 'error', message: previewErrorText(e) });
      }
    })();
    return () => {
      cancelled = true;
      void opened?.destroy();
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
