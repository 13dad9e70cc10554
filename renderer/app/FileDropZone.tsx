import { useEffect, useState } from 'react';
import { api } from '../core/ipc/paragraf';
import { importDroppedFiles } from '../core/draft/draftActions';
import { importDroppedWord } from '../wordImport/importWordActions';
import { notices } from '../core/widgets/Notice';
import './fileDrop.css';

/** Only drags that carry files: dragging an item or text inside the page is left alone. */
function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * A .protokoll dropped anywhere on the window (start screen or editor) is opened like
 * "Öppna fil…"; a Word protokoll (.docx) is imported as a new draft. While files are dragged over the window a drop zone says what will happen.
 * Listens in the capture phase so the text editor never inserts a dropped file.
 */
export function FileDropZone() {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      const named = (ext: string) => files.filter((f) => f.name.toLowerCase().endsWith(ext));
      const wanted = named('.protokoll');
      const word = named('.docx');
      if (wanted.length === 0 && word.length === 0) {
        notices.error(
          'Bara .protokoll-filer och Word-protokoll (.docx) kan öppnas genom att släppas i fönstret.',
        );
        return;
      }
      const paths = [...wanted, ...word].map((f) => api().files.pathForFile(f));
      if (paths.some((p) => p === '')) {
        notices.error('Filen kunde inte öppnas: Paragraf fick inte veta var den ligger.');
        return;
      }
      // .protokoll files are opened as before; each .docx is imported as a new draft after them.
      const [protokoll, docx] = [paths.slice(0, wanted.length), paths.slice(wanted.length)];
      void (async () => {
        if (protokoll.length > 0) await importDroppedFiles(protokoll);
        if (docx.length > 0) await importDroppedWord(docx);
      })();
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="file-drop-zone" data-testid="file-drop-zone">
      <p>
        Släpp .protokoll-filen för att öppna den, eller ett Word-protokoll för att importera det
      </p>
    </div>
  );
}
