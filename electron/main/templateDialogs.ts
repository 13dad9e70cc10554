import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { TemplateDialogs } from '../services/templates/templateHandlers';

const TEMPLATE_FILTER = [{ name: 'Paragraf-mall', extensions: ['json'] }];

/** Native dialogs of Inställningar › Mallar, in Swedish. */
export function createTemplateDialogs(window: () => BrowserWindow | null): TemplateDialogs {
  async function open(options: OpenDialogOptions): Promise<string | null> {
    const win = window();
    const r = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
  return {
    chooseTemplateFile: () =>
      open({
        title: 'Importera mall',
        buttonLabel: 'Importera',
        properties: ['openFile'],
        filters: TEMPLATE_FILTER,
      }),
    chooseWordFile: () =>
      open({
        title: 'Skapa mall från Word-protokoll',
        buttonLabel: 'Välj',
        properties: ['openFile'],
        filters: [{ name: 'Word-dokument', extensions: ['docx'] }],
      }),
    async chooseTemplateSavePath(suggestedName) {
      const win = window();
      const options = {
        title: 'Exportera mall',
        buttonLabel: 'Exportera',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: TEMPLATE_FILTER,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const r = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
