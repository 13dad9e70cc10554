import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Protocol } from '../../shared/protocol/protocol';
import { PreviewPage } from './PreviewPage';
import { usePreviewPdf } from './usePreviewPdf';
import './preview.css';

interface PreviewDialogProps {
  protocol: Protocol;
  onClose(): void;
}

const PAGE_MAX_WIDTH = 820;

function usePageWidth(body: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(PAGE_MAX_WIDTH);
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const measure = () =>
      setWidth(Math.max(280, Math.min(PAGE_MAX_WIDTH, element.clientWidth - 48)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [body]);
  return width;
}

/** "Förhandsgranska": the pages of the PDF export, one at a time, with page navigation. */
export function PreviewDialog({ protocol, onClose }: PreviewDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const { state, firstPageDrawn } = usePreviewPdf(protocol);
  const [page, setPage] = useState(1);
  const width = usePageWidth(body);
  const pageCount = state.status === 'ready' ? state.pdf.numPages : 0;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    closeButton.current?.focus();
  }, []);

  // Close the modal before React removes it, so the focus can go back to the page.
  const finish = () => {
    dialog.current?.close();
    onClose();
  };
  const go = (to: number) => setPage(Math.max(1, Math.min(pageCount, to)));
  const onKeyDown = (e: KeyboardEvent) => {
    if (pageCount === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'INPUT') return;
    const moves: Record<string, number> = {
      PageDown: page + 1,
      ArrowRight: page + 1,
      PageUp: page - 1,
      ArrowLeft: page - 1,
      Home: 1,
      End: pageCount,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };

  return (
    // The dialog handles page keys for everything inside it, like a document viewer.
    <dialog
      ref={dialog}
      className="preview-dialog"
      aria-labelledby="preview-heading"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
    >
      <header className="preview-toolbar">
        <h2 id="preview-heading">Förhandsgranskning</h2>
        <nav className="preview-pager" aria-label="Sidor">
          <button
            type="button"
            onClick={() => go(page - 1)}
            disabled={pageCount === 0 || page <= 1}
          >
            ‹ Föregående sida
          </button>
          <p className="preview-position" aria-live="polite" data-testid="preview-position">
            {pageCount > 0
              ? `Sida ${page} av ${pageCount}`
              : state.status === 'firstPage'
                ? 'Sida 1'
                : ''}
          </p>
          <button
            type="button"
            onClick={() => go(page + 1)}
            disabled={pageCount === 0 || page >= pageCount}
          >
            Nästa sida ›
          </button>
        </nav>
        <button ref={closeButton} type="button" className="preview-close" onClick={finish}>
          Stäng förhandsgranskningen
        </button>
      </header>
      {/* The page can be larger than the window: the scroll area takes the focus so arrow keys scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div ref={body} className="preview-body" role="region" aria-label="Sidan" tabIndex={0}>
        {state.status === 'loading' && (
          <p className="preview-message" role="status">
            Skapar förhandsgranskning…
          </p>
        )}
        {state.status === 'error' && (
          <p className="preview-message preview-error" role="alert">
            {state.message}
          </p>
        )}
        {state.status === 'firstPage' && (
          <PreviewPage
            key="first"
            pdf={state.pdf}
            pageNumber={1}
            pageCount={null}
            width={width}
            onRendered={firstPageDrawn}
          />
        )}
        {state.status === 'ready' && (
          <PreviewPage
            key="whole"
            pdf={state.pdf}
            pageNumber={page}
            pageCount={pageCount}
            width={width}
          />
        )}
      </div>
    </dialog>
  );
}
