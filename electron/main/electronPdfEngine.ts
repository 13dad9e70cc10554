import { BrowserWindow, session } from 'electron';
import type { PdfEngine } from '../services/export/pdfEngine';
import {
  checkSwapResult,
  INLINE_FONT_PREFIX,
  inlineFontShellUrl,
  PRINT_WINDOW_SIZE,
  swapDocumentCommand,
} from '../services/export/printPage';

const PARTITION = 'paragraf-print';
const SHELL_URL = inlineFontShellUrl();

/** How the print page's logo images start (shared/export/html/pageCss.ts). */
const INLINE_LOGO_PREFIX = 'data:image/png;base64,';

/**
 * The print window's own session: it answers nothing but the shell page, the inline fonts and
 * an inline PNG logo (no file:, no network, whatever a document asks for), and grants no permission.
 */
function printSession(): Electron.Session {
  const ses = session.fromPartition(PARTITION, { cache: false });
  ses.webRequest.onBeforeRequest((details, callback) => {
    // A template's logo is a checked PNG inline in the page (shared/print/brandingHeader.ts).
    const allowed =
      details.url === SHELL_URL ||
      details.url.startsWith(INLINE_FONT_PREFIX) ||
      details.url.startsWith(INLINE_LOGO_PREFIX);
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  return ses;
}

/**
 * The app's PDF engine: a hidden, offscreen window holding the print shell page, into which each
 * export swaps its document before webContents.printToPDF — the same page and swap as the CLI's
 * Chromium engine, so fonts are decoded once and no screen layout is done. The window runs with
 * JavaScript disabled; the swap is evaluated through the DevTools protocol, as the Chromium
 * engine does. The window is created on the first export and reused ("warm"); exports run one
 * at a time.
 */
export function createElectronPdfEngine(): PdfEngine {
  let win: BrowserWindow | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function getWindow(): Promise<BrowserWindow> {
    if (win && !win.isDestroyed()) return win;
    const w = new BrowserWindow({
      show: false,
      // Smaller than any page, so the shell can skip the layout done at the window's size.
      ...PRINT_WINDOW_SIZE,
      webPreferences: {
        offscreen: true,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        // Nothing in a document may run: the engine swaps documents through the debugger.
        javascript: false,
        webSecurity: true,
        session: printSession(),
        spellcheck: false,
      },
    });
    w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    w.webContents.on('will-navigate', (event) => event.preventDefault());
    await w.loadURL(SHELL_URL);
    w.webContents.debugger.attach('1.3');
    win = w;
    return w;
  }

  async function print(html: string): Promise<Uint8Array> {
    try {
      const w = await getWindow();
      // The export HTML (fonts inline, several MB) travels as a string literal into the swap.
      checkSwapResult(
        (await w.webContents.debugger.sendCommand(
          'Runtime.evaluate',
          swapDocumentCommand(html),
        )) as Parameters<typeof checkSwapResult>[0],
      );
      const pdf = await w.webContents.printToPDF({
        displayHeaderFooter: false,
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: false,
      });
      return new Uint8Array(pdf);
    } catch (err) {
      // A crashed or confused renderer gets a fresh window next time.
      if (win && !win.isDestroyed()) win.destroy();
      win = undefined;
      throw err;
    }
  }

  return {
    htmlToPdf(html) {
      const result = queue.then(() => print(html));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      if (win && !win.isDestroyed()) win.destroy();
      win = undefined;
    },
  };
}
