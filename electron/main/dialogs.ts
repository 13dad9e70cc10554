import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/ipcDispatcher';
import { REGISTER_IMPORT_EXTENSIONS } from '../services/registers/importRegisterFile';

const FILTERS = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  docx: [{ name: 'Word-dokument', extensions: ['docx'] }],
  protokoll: [{ name: 'Paragraf-protokoll', extensions: ['protokoll'] }],
  xlsx: [{ name: 'Excel-arbetsbok', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV (semikolonavgränsad)', extensions: ['csv'] }],
  ledamotsregister: [{ name: 'Ledamotsregister', extensions: ['ledamotsregister'] }],
};

/** Native open and save dialogs, attached to the main window, in Swedish. */
export function createDialogs(
  window: () => BrowserWindow | null,
  exportFolder: () => string,
): Dialogs {
  return {
    async chooseProtocolToOpen() {
      const win = window();
      const options = {
        title: 'Öppna protokoll',
        buttonLabel: 'Öppna',
        properties: ['openFile' as const],
        filters: FILTERS.protokoll,
      };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseRegisterFile() {
      const win = window();
      const options = {
        title: 'Importera ledamotsregister',
        buttonLabel: 'Importera',
        defaultPath: app.getPath('documents'),
        properties: ['openFile' as const],
        filters: [
          {
            name: 'Ledamotslista (Excel, CSV, ledamotsregister)',
            extensions: REGISTER_IMPORT_EXTENSIONS,
          },
        ],
      };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseWordToImport() {
      const win = window();
      const options = {
        title: 'Importera Word-protokoll',
        buttonLabel: 'Importera',
        defaultPath: app.getPath('documents'),
        properties: ['openFile' as const],
        filters: FILTERS.docx,
      };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseAppendixPdf() {
      const win = window();
      const options = {
        title: 'Välj bilaga (PDF)',
        buttonLabel: 'Välj',
        defaultPath: app.getPath('documents'),
        properties: ['openFile' as const],
        filters: FILTERS.pdf,
      };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseFolder(current) {
      const win = window();
      const options = {
        title: 'Välj mapp för export',
        buttonLabel: 'Välj mapp',
        defaultPath: current || app.getPath('documents'),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const r = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName, kind) {
      const win = window();
      const folder = exportFolder() || app.getPath('documents');
      const options = {
        title: kind === 'protokoll' ? 'Spara kopia som' : `Exportera ${kind.toUpperCase()}`,
        buttonLabel: kind === 'protokoll' ? 'Spara' : 'Exportera',
        defaultPath: join(folder, suggestedName),
        filters: FILTERS[kind],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const r = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
