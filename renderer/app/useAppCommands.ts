import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { emitAppCommand, onAppCommand } from './commandBus';
import { closeDraft, exportDraft, importFile } from './draftActions';
import { saveBeforeUnload, saveNow } from './session';

/**
 * Wires the application menu, Ctrl+S, window blur and page unload to the draft actions.
 * "new" is handled by the caller because it changes what the app shows.
 */
export function useAppCommands({ onNew }: { onNew(): void }): void {
  useEffect(() => {
    const handle = (command: MenuCommand) => {
      if (command === 'new') void closeDraft().then(onNew);
      else if (command === 'open') void importFile();
      else if (command === 'save' || command === 'save-as') void saveNow();
      else if (command === 'export-pdf') void exportDraft('pdf');
      else if (command === 'export-docx') void exportDraft('docx');
      else if (command === 'export-web-pdf') void exportDraft('webPdf');
      else if (command === 'close') void closeDraft();
    };
    const offBus = onAppCommand(handle);
    const offMenu = window.paragraf?.events.onMenuCommand(emitAppCommand);
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saveNow();
      }
    };
    const onBlur = () => void saveNow();
    window.addEventListener('keydown', onKey);
    window.addEventListener('blur', onBlur);
    window.addEventListener('beforeunload', saveBeforeUnload);
    window.addEventListener('pagehide', saveBeforeUnload);
    return () => {
      offBus();
      offMenu?.();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('beforeunload', saveBeforeUnload);
      window.removeEventListener('pagehide', saveBeforeUnload);
    };
  }, [onNew]);
}
