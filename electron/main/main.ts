/**
 * The main process: thin wiring of the window, menu, app protocol, IPC and the Node services.
 * Everything with logic lives in electron/services and is tested without Electron.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, Menu, shell } from 'electron';
import type { CommandId } from '../../shared/commands';
import { MENU_CHANNEL } from '../../shared/ipc/contract';
import { appendixGrantsFollowing } from '../services/appendix';
import { createPendingSaves } from '../services/drafts/pendingSaves';
import { createLibraryHome, openLibraryAt } from '../services/library';
import { createExportService } from '../services/export/exportService';
import { createDispatcher } from '../services/ipcDispatcher';
import { createPrePrintAfterSaves } from '../services/export/prePrintAfterSaves';
import { createRegisterStore } from '../services/registers/registerStore';
import { createSettingsService } from '../services/settings';
import { createOwnTemplates } from '../services/templates/ownTemplates';
import { readWordOutline } from '../services/wordImport/wordOutline';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { guardWindowClose } from './closePrompt';
import { createDialogs } from './dialogs';
import { createTemplateDialogs } from './templateDialogs';
import { createElectronPdfEngine } from './electronPdfEngine';
import { createElectronSettingsStore } from './electronSettingsStore';
import { createFileLog } from './fileLog';
import { createFileOpener } from './fileOpening';
import { hardenAllWebContents } from './hardening';
import { wireIpc } from './ipcWiring';
import { protokollPathsFromArgv } from './launchFiles';
import { createMainWindow } from './mainWindow';
import { configureSpellcheck } from './spellcheck';
import { buildMenuTemplate } from './menuTemplate';
import { createQuitGuard } from './quitGuard';
import { requestSwedishLocale } from './swedishLocale';

// dist/electron/main.js: the renderer, preload and fonts are beside it in the bundle.
const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(here, '..', 'renderer');
const PRELOAD = join(here, 'preload.cjs');
const FONT_DIR = join(here, 'fonts');

registerAppScheme();
requestSwedishLocale();

if (!app.requestSingleInstanceLock()) {
  // Another Paragraf is running; it receives our argv through "second-instance".
  app.quit();
} else {
  start();
}

function start(): void {
  const userData = app.getPath('userData');
  const log = createFileLog(join(userData, 'logs', 'paragraf.log'));
  log(`Paragraf ${app.getVersion()} starting (Electron ${process.versions.electron})`);
  process.on('uncaughtException', (e) => log(`uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${String(e)}`));

  const settings = createSettingsService(createElectronSettingsStore());
  let win: Electron.BrowserWindow | null = null;
  const dialogs = createDialogs(
    () => win,
    () => settings.get().defaultExportFolder,
  );
  // The library is where Inställningar says (a shared folder) or local; moving it reopens it.
  const home = createLibraryHome({
    defaultFolder: join(userData, 'library'),
    configuredFolder: () => settings.libraryFolder(),
    setConfiguredFolder: (folder) => settings.setLibraryFolder(folder),
    open: (folder, isDefault) =>
      openLibraryAt(folder, isDefault, {
        historyLimit: 30,
        historyIntervalMs: 60_000,
        log,
        heartbeat: true,
        userName: () => settings.get().authorName,
      }),
    chooseFolder: (current) => dialogs.chooseFolder(current),
    log,
  });
  const drafts = home.drafts;
  const search = home.search;
  // Saves kept locally while a shared folder was unreachable are written back when it returns.
  const pendingSaves = createPendingSaves({ dir: join(userData, 'pending-saves'), log });
  pendingSaves.start(() => home.drafts);
  home.onSwitch(() => pendingSaves.start(() => home.drafts));
  const exporter = createExportService({
    engine: createElectronPdfEngine(),
    fontDir: FONT_DIR,
    log,
  });
  // Each draft's protokoll is printed once its saves settle, so the export after an edit is ready.
  const prePrint = createPrePrintAfterSaves({ prePrint: (p) => exporter.prePrint(p), log });
  const guard = createQuitGuard();
  const opener = createFileOpener({ drafts, settings, log });

  const dispatch = createDispatcher({
    drafts,
    exporter,
    search,
    settings,
    appendixGrants: appendixGrantsFollowing(() => home.drafts.root, log),
    dialogs,
    editLocks: home.editLocks,
    pendingSaves,
    prePrint,
    libraryHome: home,
    // Own templates live in the library, wherever it is now (a shared folder shares them).
    templates: {
      library: createOwnTemplates({ root: () => home.drafts.root, log }),
      readWordOutline,
      dialogs: createTemplateDialogs(() => win),
    },
    registers: createRegisterStore({ root: () => home.drafts.root, log }),
    // Only paths this process just wrote through a save dialog reach here, never renderer text.
    openPath: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
    log,
  });

  hardenAllWebContents(log);
  opener.open(protokollPathsFromArgv(process.argv, process.cwd()));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.open([path]);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    opener.open(protokollPathsFromArgv(argv, workingDirectory));
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    handleAppProtocol(RENDERER_DIR, log);
    wireIpc(dispatch, (dirty) => guard.setDirty(dirty), log);
    const send = (command: CommandId) => win?.webContents.send(MENU_CHANNEL, command);
    // Rebuilt whenever the settings change, so Arkiv › Öppna senaste follows the recent files.
    const setMenu = (recentFiles: readonly string[]) =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(send, process.platform, {
            files: recentFiles,
            open: (path) => opener.open([path]),
          }),
        ),
      );
    setMenu(settings.get().recentFiles);
    settings.subscribe((s) => setMenu(s.recentFiles));
    win = createMainWindow(PRELOAD, settings);
    // Built in the background, so the first search does not wait for every file to be read.
    void home.search.open().catch((e: unknown) => log(`search index failed to open: ${String(e)}`));
    configureSpellcheck(win.webContents.session, win);
    guardWindowClose(win, guard, log);
    win.webContents.on('did-finish-load', () => win && opener.attach(win));
    // The print window and its fonts start once the editor is on screen, so the first preview or
    // export does not wait for them.
    win.webContents.once('did-finish-load', () => {
      exporter.warm().catch((e: unknown) => log(`print engine warm-up failed: ${String(e)}`));
    });
    win.on('closed', () => {
      win = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    prePrint.cancel();
    void exporter.close().catch(() => undefined);
    pendingSaves.stop();
    void home.close().catch(() => undefined);
    log('Paragraf quit');
  });
}
