import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfEngine } from '../services/export/pdfEngine';
import { PRINT_SHELL_HTML, SWAP_DOCUMENT } from '../services/export/printPage';

const PARTITION = 'paragraf-print';

/**
 * The app's PDF engine: a hidden, offscreen window holding the print shell page, into which each
 * export swaps its document before webContents.printToPDF — the same page and swap as the CLI's
 * Chromium engine, so fonts are decoded once and no screen layout is done. The window is created
 * on the first export and reused ("warm"); exports run one at a time.
 */
export function createElectronPdfEngine(): PdfEngine {
  let win: BrowserWindow | undefined;
  let shellDir: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function printSession(): Electron.Session {
    const ses = session.fromPartition(PARTITION, { cache: false });
    // The document is self-contained: refuse anything but the local file and its data: fonts.
    ses.webRequest.onBeforeRequest((details, callback) => {
      const allowed = details.url.startsWith('file:') || details.url.startsWith('data:');
      callback({ cancel: !allowed });
    });
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    return ses;
  }

  async function getWindow(): Promise<BrowserWindow> {
    if (win && !win.isDestroyed()) return win;
    const w = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        offscreen: true,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        // Needed to swap the document in and wait for its fonts; the HTML itself has no scripts.
        javascript: true,
        session: printSession(),
        spellcheck: false,
      },
    });
    w.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    w.webContents.on('will-navigate', (event) => event.preventDefault());
    shellDir ??= await mkdtemp(join(tmpdir(), 'paragraf-print-'));
    const shell = join(shellDir, 'print.html');
    await writeFile(shell, PRINT_SHELL_HTML, 'utf8');
    await w.loadFile(shell);
    win = w;
    return w;
  }

  async function print(html: string): Promise<Uint8Array> {
    try {
      const w = await getWindow();
      // The export HTML (fonts inline, several MB) travels as a string literal into the swap.
      await w.webContents.executeJavaScript(`(${SWAP_DOCUMENT})(${JSON.stringify(html)})`, true);
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
      if (shellDir) await rm(shellDir, { recursive: true, force: true });
      shellDir = undefined;
    },
  };
}
