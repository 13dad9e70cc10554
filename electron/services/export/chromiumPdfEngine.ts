import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page, type Route } from 'playwright-core';
import { printPageCsp } from '../../../shared/export/html/contentSecurityPolicy';
import { PRINT_CHROMIUM_ARGS } from './chromiumArgs';
import { findChromium } from './findChromium';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { FONT_FILES, servedFontSources } from './fontSources';
import type { PdfEngine } from './pdfEngine';
import { createPrintLanes } from './printLanes';
import {
  checkSwapResult,
  elideKnownFonts,
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
  /** Overrides the browser lookup (findChromium: PARAGRAF_CHROMIUM, the system's, Playwright's). */
  executablePath?: string;
  /** Told of every request the print page makes and whether it was served (for tests and logs). */
  onRequest?: (url: string, served: boolean) => void;
  /** Print pages kept open, each printing one document at a time (2 by default: two cores). */
  lanes?: number;
}

interface PrintPage {
  page: Page;
  cdp: CDPSession;
  /** The font faces the page has loaded (see elideKnownFonts). */
  fonts?: string;
}

/**
 * Prints with a headless Chromium through playwright-core (CLI and tests). The browser and its
 * print pages start on first use and stay open ("warm") until close(); each page prints one
 * document at a time, swapping in the new document (see printPage.ts), and each lives in its own
 * browser context, so two pages print at once in two renderer processes. The pages have
 * JavaScript disabled and a CSP, and every request but the shell page and the four font files
 * is refused.
 */
export function createChromiumPdfEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  const fontFiles = new Set<string>(Object.values(FONT_FILES));
  // Font folders the exporter asked to serve; the page sees each as /fonts/<index>/<file>.
  const fontDirs: string[] = [];
  const fontBytes = new Map<string, Promise<Buffer>>();
  const csp = printPageCsp(servedFontSources(FONT_ROOT));
  const shell = printShellHtml(csp);
  let browser: Promise<Browser> | undefined;

  function getBrowser(): Promise<Browser> {
    if (!browser) {
      const executablePath = options.executablePath ?? findChromium();
      browser = chromium
        .launch({ executablePath, args: [...PRINT_CHROMIUM_ARGS] })
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

  async function openPage(): Promise<PrintPage> {
    const context = await (
      await getBrowser()
    ).newContext({ javaScriptEnabled: false, viewport: { ...PRINT_WINDOW_SIZE } });
    try {
      const p = await context.newPage();
      await p.route('**', answer);
      await p.goto(SHELL_URL, { waitUntil: 'load' });
      return { page: p, cdp: await context.newCDPSession(p) };
    } catch (err) {
      await context.close().catch(() => undefined);
      throw err;
    }
  }

  const lanes = createPrintLanes(options.lanes ?? 2, openPage, (p) => p.page.context().close());

  async function print(lane: PrintPage, html: string) {
    const { page: p, cdp } = lane;
    const swap = elideKnownFonts(html, lane.fonts);
    // The DevTools protocol evaluates the swap although the page's own scripts cannot run.
    checkSwapResult(await cdp.send('Runtime.evaluate', swapDocumentCommand(swap.html)));
    lane.fonts = swap.fonts;
    const pdf = await p.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
      tagged: true,
    });
    return new Uint8Array(pdf);
  }

  return {
    serveFonts(fontDir) {
      if (!fontDirs.includes(fontDir)) fontDirs.push(fontDir);
      return `${FONT_ROOT}${fontDirs.indexOf(fontDir)}/`;
    },
    lanes: lanes.count,
    htmlToPdf: (html) => lanes.run((page) => print(page, html)),
    async close() {
      const b = browser;
      await lanes.close();
      browser = undefined;
      if (b) await (await b.catch(() => undefined))?.close();
    },
  };
}
