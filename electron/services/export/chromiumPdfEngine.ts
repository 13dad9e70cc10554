import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from './chromiumArgs';
import { findChromium } from './findChromium';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { PdfEngine } from './pdfEngine';
import { PRINT_SHELL_HTML, SWAP_DOCUMENT } from './printPage';

const LAUNCH_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  // The page is a local file that loads the shipped fonts from local files.
  '--allow-file-access-from-files',
];

export interface ChromiumEngineOptions {
  /** Overrides the browser lookup (PARAGRAF_CHROMIUM, /usr/bin/chromium, Playwright's). */
  executablePath?: string;
}

/**
 * Prints with a headless Chromium through playwright-core (CLI and tests). The browser and one
 * page start on the first export and stay open ("warm") until close(); exports run one at a time
 * on that page, each swapping in the new document (see printPage.ts).
 */
export function createChromiumPdfEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let workDir: string | undefined;

  function getBrowser(): Promise<Browser> {
    if (!browser) {
      const executablePath = options.executablePath ?? findChromium();
      browser = chromium.launch({ executablePath, args: LAUNCH_ARGS }).catch((err: unknown) => {
        browser = undefined;
        const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new ParagrafError(
          'browser-missing',
          `cannot start Chromium at ${executablePath}: ${detail}`,
          `Chromium (${executablePath}) kunde inte startas.`,
        );
      });
    }
    return browser;
  }

  function getPage(): Promise<Page> {
    page ??= getBrowser().then(async (b) => {
      const p = await b.newPage();
      // Only the document itself: no network, whatever the HTML says.
      await p.route(/^(https?|ftp|wss?):/, (route) => route.abort());
      // A file: page, so the file: font URLs resolve and are read directly.
      workDir ??= mkdtempSync(join(tmpdir(), 'paragraf-pdf-'));
      const shell = join(workDir, 'print.html');
      writeFileSync(shell, PRINT_SHELL_HTML);
      await p.goto(pathToFileURL(shell).href, { waitUntil: 'load' });
      return p;
    });
    page.catch(() => (page = undefined));
    return page;
  }

  async function print(html: string): Promise<Uint8Array> {
    const p = await getPage();
    try {
      await p.evaluate(
        // The swap function is source text; the page evaluates and calls it with the HTML.
        ([source, doc]) => (0, eval)(source)(doc) as Promise<number>,
        [SWAP_DOCUMENT, html] as const,
      );
      const pdf = await p.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        tagged: true,
      });
      return new Uint8Array(pdf);
    } catch (err) {
      // A crashed or closed page is replaced on the next export.
      page = undefined;
      await p.close().catch(() => undefined);
      throw err;
    }
  }

  return {
    fontUrls: 'file',
    htmlToPdf(html) {
      const result = queue.then(() => print(html));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const b = browser;
      browser = undefined;
      page = undefined;
      if (workDir) rmSync(workDir, { recursive: true, force: true });
      workDir = undefined;
      if (b) await (await b.catch(() => undefined))?.close();
    },
  };
}
