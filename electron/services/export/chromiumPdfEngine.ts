import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page, type Route } from 'playwright-core';
import { printPageCsp } from '../../../shared/export/html/contentSecurityPolicy';
import { HEADLESS_CHROMIUM_ARGS } from './chromiumArgs';
import { findChromium } from './findChromium';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { FONT_FILES, servedFontSources } from './fontSources';
import type { PdfEngine } from './pdfEngine';
import {
  checkSwapResult,
  PRINT_WINDOW_SIZE,
  printShellHtml,
  swapDocumentCommand,
} from './printPage';

/**
 * The print page's address. It is never looked up: every request of the page is answered or
 * refused by the engine itself, and an http page may not read file: URLs.
 */
const ORIGIN = 'http://paragraf-print.invalid';
const SHELL_URL = `${ORIGIN}/print.html`;
const FONT_ROOT = `${ORIGIN}/fonts/`;

export interface ChromiumEngineOptions {
  /** Overrides the browser lookup (PARAGRAF_CHROMIUM, /usr/bin/chromium, Playwright's). */
  executablePath?: string;
  /** Told of every request the print page makes and whether it was served (for tests and logs). */
  onRequest?: (url: string, served: boolean) => void;
}

interface PrintPage {
  page: Page;
  cdp: CDPSession;
}

/**
 * Prints with a headless Chromium through playwright-core (CLI and tests). The browser and one
 * page start on the first export and stay open ("warm") until close(); exports run one at a time
 * on that page, each swapping in the new document (see printPage.ts). The page has JavaScript
 * disabled and a CSP, and every request but the shell page and the four font files is refused.
 */
export function createChromiumPdfEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  const fontFiles = new Set<string>(Object.values(FONT_FILES));
  // Font folders the exporter asked to serve; the page sees each as /fonts/<index>/<file>.
  const fontDirs: string[] = [];
  const fontBytes = new Map<string, Promise<Buffer>>();
  const csp = printPageCsp(servedFontSources(FONT_ROOT));
  const shell = printShellHtml(csp);
  let browser: Promise<Browser> | undefined;
  let page: Promise<PrintPage> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function getBrowser(): Promise<Browser> {
    if (!browser) {
      const executablePath = options.executablePath ?? findChromium();
      browser = chromium
        .launch({ executablePath, args: [...HEADLESS_CHROMIUM_ARGS] })
        .catch((err: unknown) => {
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

  /** The shell page and the shipped fonts are served; anything else is refused. */
  async function answer(route: Route): Promise<void> {
    const url = route.request().url();
    const [, index, file] = /^\/fonts\/(\d+)\/([^/]+)$/.exec(url.slice(ORIGIN.length)) ?? [];
    const fontDir = url.startsWith(`${ORIGIN}/`) && index ? fontDirs[Number(index)] : undefined;
    const font = fontDir && file && fontFiles.has(file) ? join(fontDir, file) : undefined;
    options.onRequest?.(url, url === SHELL_URL || font !== undefined);
    if (url === SHELL_URL) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': csp },
        body: shell,
      });
    } else if (font) {
      let bytes = fontBytes.get(font);
      if (!bytes) fontBytes.set(font, (bytes = readFile(font)));
      await route.fulfill({ status: 200, contentType: 'font/ttf', body: await bytes });
    } else {
      await route.abort('blockedbyclient');
    }
  }

  function getPage(): Promise<PrintPage> {
    page ??= getBrowser().then(async (b) => {
      const context = await b.newContext({
        javaScriptEnabled: false,
        viewport: { ...PRINT_WINDOW_SIZE },
      });
      const p = await context.newPage();
      await p.route('**', answer);
      await p.goto(SHELL_URL, { waitUntil: 'load' });
      return { page: p, cdp: await context.newCDPSession(p) };
    });
    page.catch(() => (page = undefined));
    return page;
  }

  async function print(html: string): Promise<Uint8Array> {
    const { page: p, cdp } = await getPage();
    try {
      // The DevTools protocol evaluates the swap although the page's own scripts cannot run.
      checkSwapResult(await cdp.send('Runtime.evaluate', swapDocumentCommand(html)));
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
      await p
        .context()
        .close()
        .catch(() => undefined);
      throw err;
    }
  }

  return {
    serveFonts(fontDir) {
      if (!fontDirs.includes(fontDir)) fontDirs.push(fontDir);
      return `${FONT_ROOT}${fontDirs.indexOf(fontDir)}/`;
    },
    htmlToPdf(html) {
      const result = queue.then(() => print(html));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const b = browser;
      browser = undefined;
      page = undefined;
      if (b) await (await b.catch(() => undefined))?.close();
    },
  };
}
