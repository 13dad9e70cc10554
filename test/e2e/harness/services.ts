import type { IpcResult } from '../../../shared/ipc/result';
import { createDraftLibrary } from '../../../electron/services/drafts';
import { createChromiumPdfEngine } from '../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../electron/services/export/exportService';
import { createDispatcher } from '../../../electron/services/ipcDispatcher';
import { createSearchService } from '../../../electron/services/search/searchService';
import {
  createMemorySettingsStore,
  createSettingsService,
} from '../../../electron/services/settings';

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

export interface StubDialogs {
  /** What the next open dialog returns; null means the user cancelled. */
  nextOpenPath: string | null;
  /** What the next appendix (PDF) dialog returns; null means the user cancelled. */
  nextAppendixPath: string | null;
  /** What the next folder dialog returns; null means the user cancelled. */
  nextFolderPath: string | null;
  /** The folder each folder dialog started in, in order. */
  folderDialogStarts: string[];
  /** What the next save dialog returns; null means the user cancelled. */
  nextSavePath: string | null;
  /** The file names main suggested to the save dialog, in order. */
  suggestedNames: string[];
  /** Files main asked the system to open. */
  openedPaths: string[];
}

/**
 * The main process's services as the app wires them: the real dispatcher over a real drafts
 * library in `libraryDir` and the real export service (Chromium engine). Only the native file
 * dialogs are stubbed; each answer is used once.
 */
export function createServices(
  libraryDir: string,
  dialogs: StubDialogs,
  log: (message: string) => void = () => {},
): { dispatch: Dispatch; close(): Promise<void> } {
  const exporter = createExportService({
    engine: createChromiumPdfEngine({ executablePath: '/usr/bin/chromium' }),
  });
  const search = createSearchService({ root: libraryDir, log });
  const dispatch = createDispatcher({
    drafts: createDraftLibrary({
      root: libraryDir,
      onChange: (id, protocol) => void search.update(id, protocol),
    }),
    exporter,
    search,
    settings: createSettingsService(createMemorySettingsStore()),
    dialogs: {
      async chooseProtocolToOpen() {
        const path = dialogs.nextOpenPath;
        dialogs.nextOpenPath = null;
        return path;
      },
      async chooseAppendixPdf() {
        const path = dialogs.nextAppendixPath;
        dialogs.nextAppendixPath = null;
        return path;
      },
      async chooseFolder(current) {
        dialogs.folderDialogStarts.push(current);
        const path = dialogs.nextFolderPath;
        dialogs.nextFolderPath = null;
        return path;
      },
      async chooseSavePath(suggestedName) {
        dialogs.suggestedNames.push(suggestedName);
        const path = dialogs.nextSavePath;
        dialogs.nextSavePath = null;
        return path;
      },
    },
    async openPath(path) {
      dialogs.openedPaths.push(path);
    },
    log,
  });
  return {
    dispatch,
    close: async () => {
      await search.close();
      await exporter.close();
    },
  };
}
