import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './findChromium';
import { ExportError } from './exportError';
import type { PdfEngine } from './pdfEngine';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumEngineOptions {
  /** Overrides the browser lookup (PARAGRAF_CHROMIUM, /usr/bin/chromium, Playwright's). */
  executablePath?: string;
}

/**
 * Prints with a headless Chromium through playwright-core (CLI and tests). The browser starts on
 * the first export and stays open ("warm") until close(); each export gets a fresh page.
 */
export function createChromiumPdfEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  let browser: Promise<Browser> | undefined;

  function getBrowser(): Promise<Browser> {
    if (!browser) {
      const executablePath = options.executablePath ?? findChromium();
      browser = chromium.launch({ executablePath, args: LAUNCH_ARGS }).catch((err: unknown) => {
        browser = undefined;
        const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new ExportError(
          'browser-missing',
          `cannot start Chromium at ${executablePath}: ${detail}`,
          `Chromium (${executablePath}) kunde inte startas.`,
        );
      });
    }
    return browser;
  }

  return {
    async htmlToPdf(html) {
      const page = await (await getBrowser()).newPage();
      try {
        // Only the document itself: no network, whatever the HTML says.
        await page.route(/^(https?|ftp|wss?):/, (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        // Wait for the @font-face fonts; a string so Node's type check needs no DOM types.
        await page.evaluate('document.fonts.ready.then(() => true)');
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: false,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    async close() {
      const b = browser;
      browser = undefined;
      if (b) await (await b.catch(() => undefined))?.close();
    },
  };
}
