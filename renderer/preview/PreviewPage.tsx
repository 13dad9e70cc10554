import { useEffect, useRef, useState } from 'react';
import { pageText, renderPage, type PdfDocument } from './pdfDocument';

interface PreviewPageProps {
  pdf: PdfDocument;
  pageNumber: number;
  /** Null while the page total is not known (the quick first page). */
  pageCount: number | null;
  width: number;
  /** Told once the page is drawn and its text read. */
  onRendered?: () => void;
}

/**
 * One page of the exported PDF drawn by pdf.js. Its text, read from the same PDF, is there for
 * screen readers (the canvas alone is an image).
 */
export function PreviewPage({ pdf, pageNumber, pageCount, width, onRendered }: PreviewPageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [textOf, setTextOf] = useState({ key: '', text: '' });
  const [renderedKey, setRenderedKey] = useState('');
  const key = `${pageNumber}@${width}`;
  const rendered = renderedKey === key && textOf.key === key;
  useEffect(() => {
    if (rendered) onRendered?.();
  }, [rendered, onRendered]);

  useEffect(() => {
    let cancel = () => {};
    let stopped = false;
    void (async () => {
      if (!canvas.current) return;
      const task = await renderPage(pdf, pageNumber, canvas.current, width);
      if (stopped) return task.cancel();
      cancel = task.cancel;
      try {
        await task.done;
        if (!stopped) setRenderedKey(key);
      } catch {
        // cancelled by a newer page or width
      }
    })();
    void pageText(pdf, pageNumber).then((text) => !stopped && setTextOf({ key, text }));
    return () => {
      stopped = true;
      cancel();
    };
  }, [pdf, pageNumber, width, key]);

  return (
    <figure className="preview-page" data-rendered={rendered ? 'true' : 'false'}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={
          pageCount === null ? `Sida ${pageNumber}` : `Sida ${pageNumber} av ${pageCount}`
        }
      />
      <figcaption className="visually-hidden" data-testid="preview-page-text">
        {textOf.key === key ? textOf.text : ''}
      </figcaption>
    </figure>
  );
}
