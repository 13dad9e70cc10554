import { BrowserWindow, session } from 'electron';
import type { PdfEngine } from '../services/export/pdfEngine';
import { createPrintLanes } from '../services/export/printLanes';
import {
  checkSwapResult,
  elideKnownFonts,
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
 * The app's PDF engine: hidden, offscreen windows holding the print shell page, into which each
 * export swaps its document before webContents.printToPDF — the same page and swap as the CLI's
 * Chromium engine, so fonts are decoded once and no screen layout is done. The windows run with
 * JavaScript disabled; the swap is evaluated through the DevTools protocol, as the Chromium
 * engine does. Two windows (two renderer processes) are created on first use and reused
 * ("warm"); each prints one document at a time, so a long document prints in two parts at once.
 */
export function createElectronPdfEngine(lanes = 2): PdfEngine {
  async function openWindow(): Promise<BrowserWindow> {
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
    try {
      await w.loadURL(SHELL_URL);
      w.webContents.debugger.attach('1.3');
      return w;
    } catch (err) {
      w.destroy();
      throw err;
    }
  }

  const windows = createPrintLanes(lanes, openWindow, async (w) => {
    if (!w.isDestroyed()) w.destroy();
  });

  // The font faces each window has loaded (see elideKnownFonts): sent once per window.
  const loadedFonts = new WeakMap<BrowserWindow, string>();

  async function print(w: BrowserWindow, html: string): Promise<Uint8Array> {
    if (w.isDestroyed()) throw new Error('print window was closed');
    const swap = elideKnownFonts(html, loadedFonts.get(w));
    // The export HTML travels as a string literal into the swap; its fonts (inline, megabytes)
    // only the first time.
    checkSwapResult(
      (await w.webContents.debugger.sendCommand(
        'Runtime.evaluate',
        swapDocumentCommand(swap.html),
      )) as Parameters<typeof checkSwapResult>[0],
    );
    loadedFonts.set(w, swap.fonts);
    const pdf = await w.webContents.printToPDF({
      displayHeaderFooter: false,
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: false,
    });
    return new Uint8Array(pdf);
  }

  return {
    lanes: windows.count,
    htmlToPdf: (html) => windows.run((w) => print(w, html)),
    close: () => windows.close(),
  };
}
