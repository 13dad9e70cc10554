import { BrowserWindow, screen } from 'electron';
import { APP_ORIGIN } from '../services/senderPolicy';
import { placeWindow, type SettingsService } from '../services/settings';

/** The one window: sandboxed, isolated, no Node; its size and position are remembered. */
export function createMainWindow(preloadPath: string, settings: SettingsService): BrowserWindow {
  const placement = placeWindow(
    settings.windowBounds(),
    screen.getAllDisplays().map((d) => d.workArea),
    { width: 1280, height: 860 },
  );
  const win = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined
      ? { x: placement.x, y: placement.y }
      : {}),
    width: placement.width,
    height: placement.height,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: 'Paragraf',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click could open links in new windows; nothing in the app needs it.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  if (placement.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  const remember = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    settings.setWindowBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  win.on('resized', remember);
  win.on('moved', remember);
  win.on('close', remember);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
