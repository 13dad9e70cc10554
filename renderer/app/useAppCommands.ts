import { useEffect } from 'react';
import { OUTPUTS, type OutputFormat } from '../../shared/outputs';
import { handleCommand, runCommand, useCommandKeys } from '../core/commands';
import { closeDraft, importFile } from '../core/draft/draftActions';
import { saveBeforeUnload, saveNow } from '../core/draft/session';
import { openExtractDialog } from '../extracts/extractDialogState';
import { exportDraft, saveDraftAs } from './exportActions';
import { importWordFromDialog } from '../wordImport/importWordActions';

/**
 * The app-wide commands (file, export, close), the menu's messages from main and the keys of the
 * command table, all on the one command bus; also saves on window blur and page unload.
 * "new", "about" and "search-archive" are handled by the caller because they change what the app shows.
 */
export function useAppCommands({
  onNew,
  onAbout,
  onSearch,
}: {
  onNew(): void;
  onAbout(): void;
  /** Ctrl+Shift+F: the start screen's archive search, after closing the open draft. */
  onSearch(): void;
}): void {
  useCommandKeys();
  useEffect(() => {
    const exports = OUTPUTS.flatMap((output) =>
      Object.entries(output.commands).map(([format, command]) =>
        handleCommand(command.id, () =>
          // A document of some items asks which ones first.
          (output.takes as readonly string[]).includes('items')
            ? openExtractDialog()
            : void exportDraft(output.kind, format as OutputFormat),
        ),
      ),
    );
    const offs = [
      ...exports,
      handleCommand('new', () => void closeDraft().then(onNew)),
      handleCommand('open', () => void importFile()),
      handleCommand('import-word', () => void importWordFromDialog()),
      handleCommand('save', () => void saveNow()),
      handleCommand('save-as', () => void saveDraftAs()),
      handleCommand('close', () => void closeDraft()),
      handleCommand('about', onAbout),
      handleCommand('search-archive', () => void closeDraft().then(onSearch)),
    ];
    const offMenu = window.paragraf?.events.onMenuCommand((id) => runCommand(id, 'menu'));
    const onBlur = () => void saveNow();
    window.addEventListener('blur', onBlur);
    window.addEventListener('beforeunload', saveBeforeUnload);
    window.addEventListener('pagehide', saveBeforeUnload);
    return () => {
      offs.forEach((off) => off());
      offMenu?.();
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('beforeunload', saveBeforeUnload);
      window.removeEventListener('pagehide', saveBeforeUnload);
    };
  }, [onNew, onAbout, onSearch]);
}
