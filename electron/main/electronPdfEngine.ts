import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfEngine } from '../services/export/pdfEngine';

const PARTITION = 'paragraf-print';

/**
 * The app's PDF engine: a hidden, offscreen window that loads the export HTML and prints it with
 * webContents.printToPDF, the same Chromium layout as the CLI's engine. The window is created on
 * the first export and reused ("warm"); exports run one at a time.
 */
export function createElectronPdfEngine(): PdfEngine {
  let win: BrowserWindow | undefined;
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

  function getWindow(): BrowserWindow {
    if (win && !win.isDestroyed()) return win;
    win = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        offscreen: true,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        // Needed only to wait for document.fonts.ready; the HTML contains no scripts.
        javascript: true,
        session: printSession(),
        spellcheck: false,
      },
    });
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    return win;
  }

  async function print(html: string): Promise<Uint8Array> {
    // A file rather than a data: URL: the HTML carries the fonts and can be several MB.
    const dir = await mkdtemp(join(tmpdir(), 'paragraf-print-'));
    const file = join(dir, 'protokoll.html');
    try {
      await writeFile(file, html, 'utf8');
      const w = getWindow();
      await w.loadFile(file);
      await w.webContents.executeJavaScript('document.fonts.ready.then(() => true)', true);
      const pdf = await w.webContents.printToPDF({
        displayHeaderFooter: false,
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: false,
      });
      return new Uint8Array(pdf);
    } catch (err) {
      // A crashed renderer gets a fresh window next time.
      if (win && !win.isDestroyed()) win.destroy();
      win = undefined;
      throw err;
    } finally {
      await rm(dir, { recursive: true, force: true });
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
