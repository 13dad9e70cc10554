import { dialog, type BrowserWindow } from 'electron';
import { OPEN_DRAFT_CHANNEL } from '../../shared/ipc/contract';
import type { DraftLibrary } from '../services/drafts';
import type { SettingsService } from '../services/settings';

/**
 * Opens .protokoll files given by the command line, a double-click, macOS "open-file" or a
 * second instance: each is imported into the library (the original is only read) and the
 * renderer is told which draft to show. Files arriving before the page is ready wait in a queue.
 */
export function createFileOpener(deps: {
  drafts: DraftLibrary;
  settings: SettingsService;
  log: (m: string) => void;
}) {
  const queue: string[] = [];
  let target: BrowserWindow | null = null;

  async function openNow(win: BrowserWindow, path: string): Promise<void> {
    try {
      const protocol = await deps.drafts.importFile(path);
      deps.settings.addRecentFile(path);
      deps.log(`opened ${path} as draft ${protocol.id}`);
      win.webContents.send(OPEN_DRAFT_CHANNEL, protocol.id);
    } catch (error) {
      const e = error as { en?: string; sv?: string };
      deps.log(`could not open ${path}: ${e.en ?? String(error)}`);
      await dialog.showMessageBox(win, {
        type: 'error',
        message: 'Filen kunde inte öppnas.',
        detail: e.sv ?? 'Ett oväntat fel inträffade.',
        buttons: ['OK'],
        noLink: true,
      });
    }
  }

  return {
    /** Called once the window's page has loaded; opens what was queued. */
    attach(win: BrowserWindow) {
      target = win;
      for (const path of queue.splice(0)) void openNow(win, path);
    },
    open(paths: readonly string[]) {
      for (const path of paths) {
        if (target && !target.isDestroyed()) void openNow(target, path);
        else queue.push(path);
      }
      if (target && !target.isDestroyed()) {
        if (target.isMinimized()) target.restore();
        target.focus();
      }
    },
  };
}
