import { useEffect, useState } from 'react';
import { templateSchema, type Template } from '../../../shared/template/templateSchema';
import { api, errorText, unwrap } from '../../core/ipc/paragraf';
import { openPdf, type PdfDocument } from '../../preview';
import { previewProtocol } from './templateEdits';

/** Waits this long after the last change before printing the preview again. */
const PREVIEW_DELAY_MS = 700;

/**
 * Page 1 of a protokoll made with the template being edited, printed by the same export as a
 * real one (export.previewFirstPage), again shortly after each change.
 */
export function useTemplatePreview(template: Template | null): {
  pdf: PdfDocument | null;
  error: string;
} {
  const [pdf, setPdf] = useState<PdfDocument | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!template) return;
    let live = true;
    const timer = setTimeout(() => {
      const parsed = templateSchema.safeParse(template);
      if (!parsed.success) return;
      void (async () => {
        try {
          const base64 = await unwrap(api().export.previewFirstPage(previewProtocol(parsed.data)));
          const doc = await openPdf(base64);
          if (live) {
            setPdf(doc);
            setError('');
          }
        } catch (e) {
          if (live) setError(errorText(e));
        }
      })();
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [template]);
  return { pdf, error };
}
