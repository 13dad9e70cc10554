import type { IpcResult } from '../../../shared/ipc/result';
import { appendixGrantsFollowing } from '../../../electron/services/appendix';
import { createPendingSaves } from '../../../electron/services/drafts/pendingSaves';
import {
  createLibraryHome,
  openLibraryAt,
  type LibraryHome,
} from '../../../electron/services/library';
import { createChromiumPdfEngine } from '../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../electron/services/export/exportService';
import { createDispatcher } from '../../../electron/services/ipcDispatcher';
import { createOwnTemplates } from '../../../electron/services/templates/ownTemplates';
import { readWordOutline } from '../../../electron/services/wordImport/wordOutline';
import { createRegisterStore } from '../../../electron/services/registers/registerStore';
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
  /** What the next member-list dialog returns; null means the user cancelled. */
  nextRegisterPath: string | null;
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
  /** What the next template-file dialog (import) returns; null means the user cancelled. */
  nextTemplatePath?: string | null;
  /** What the next template save dialog (export) returns; null means the user cancelled. */
  nextTemplateSavePath?: string | null;
}

/**
 * The main process's services as the app wires them: the real dispatcher over a real drafts
 * library in `libraryDir`, the real appendix grants and the real export service (Chromium
 * engine). Only the native file dialogs are stubbed; each answer is used once.
 */
export function createServices(
  libraryDir: string,
  dialogs: StubDialogs,
  log: (message: string) => void = () => {},
): { dispatch: Dispatch; home: LibraryHome; close(): Promise<void> } {
  const exporter = createExportService({
    engine: createChromiumPdfEngine({ executablePath: '/usr/bin/chromium' }),
  });
  const settings = createSettingsService(createMemorySettingsStore());
  // As main wires it: the library where the settings say, reopened when moved.
  const home = createLibraryHome({
    defaultFolder: libraryDir,
    configuredFolder: () => settings.libraryFolder(),
    setConfiguredFolder: (folder) => settings.setLibraryFolder(folder),
    open: (folder, isDefault) =>
      openLibraryAt(folder, isDefault, { log, userName: () => settings.get().authorName }),
    chooseFolder: async (current) => {
      dialogs.folderDialogStarts.push(current);
      const path = dialogs.nextFolderPath;
      dialogs.nextFolderPath = null;
      return path;
    },
    log,
  });
  const drafts = home.drafts;
  const pendingSaves = createPendingSaves({ dir: `${libraryDir}-pending`, log });
  pendingSaves.start(() => home.drafts);
  const dispatch = createDispatcher({
    drafts,
    exporter,
    search: home.search,
    settings,
    editLocks: home.editLocks,
    pendingSaves,
    libraryHome: home,
    templates: {
      library: createOwnTemplates({ root: () => home.drafts.root, log }),
      readWordOutline,
      dialogs: {
        async chooseTemplateFile() {
          const path = dialogs.nextTemplatePath ?? null;
          dialogs.nextTemplatePath = null;
          return path;
        },
        async chooseTemplateSavePath() {
          const path = dialogs.nextTemplateSavePath ?? null;
          dialogs.nextTemplateSavePath = null;
          return path;
        },
        chooseWordFile: async () => null,
      },
    },
    registers: createRegisterStore({ root: () => home.drafts.root, log }),
    // The real grants: only PDFs "chosen" through the stub dialog (or beside an opened file).
    appendixGrants: appendixGrantsFollowing(() => home.drafts.root, log),
    dialogs: {
      async chooseProtocolToOpen() {
        const path = dialogs.nextOpenPath;
        dialogs.nextOpenPath = null;
        return path;
      },
      // Arkiv › Importera Word-protokoll… answers from the same stub as Öppna fil….
      async chooseWordToImport() {
        const path = dialogs.nextOpenPath;
        dialogs.nextOpenPath = null;
        return path;
      },
      async chooseAppendixPdf() {
        const path = dialogs.nextAppendixPath;
        dialogs.nextAppendixPath = null;
        return path;
      },
      async chooseRegisterFile() {
        const path = dialogs.nextRegisterPath;
        dialogs.nextRegisterPath = null;
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
    home,
    async close() {
      pendingSaves.stop();
      await home.close();
      await exporter.close();
    },
  };
}
