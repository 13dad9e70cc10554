/**
 * The app's print window cannot run here (no Electron binary), so its mechanism runs in the same
 * Chromium: the data: shell page with JavaScript disabled, the export HTML with inline fonts
 * swapped in by the DevTools-protocol command the window's debugger sends, then printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADLESS_CHROMIUM_ARGS } from '../../../../../electron/services/export/chromiumArgs';
import { findChromium } from '../../../../../electron/services/export/findChromium';
import { loadFontSources } from '../../../../../electron/services/export/fontSources';
import {
  checkSwapResult,
  elideKnownFonts,
  INLINE_FONT_PREFIX,
  inlineFontShellUrl,
  swapDocumentCommand,
} from '../../../../../electron/services/export/printPage';
import { renderHtml } from '../../../../../shared/export/html';
import { buildPrintModel } from '../../../../../shared/print';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';
import {
  bareText,
  breakoutVariants,
  imageCount,
  missingHostileTexts,
  plantMarkers,
  printedHostileTexts,
  type Markers,
} from './hostilePayloads';
import { pdfFonts } from './pdfTools';

let dir: string;
let markers: Markers;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-shell-'));
  markers = plantMarkers(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the print window mechanism (data: shell, inline fonts, JavaScript off)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...HEADLESS_CHROMIUM_ARGS],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** A page as the print window holds it: the shell loaded with JavaScript off. */
  async function shellPage() {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(inlineFontShellUrl());
    return { context, page, requests, cdp: await context.newCDPSession(page) };
  }

  it('prints a hostile document as text, with the shipped font, loading nothing else', async () => {
    const { context, page, requests, cdp } = await shellPage();
    try {
      const shell = inlineFontShellUrl();
      const { protocol } = hostileProtocol(filledProtocol(), breakoutVariants(markers));
      const html = renderHtml(buildPrintModel(protocol), { fonts: await loadFontSources() });
      checkSwapResult(await cdp.send('Runtime.evaluate', swapDocumentCommand(html)));
      const pdf = join(dir, 'window.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, tagged: true }));

      expect(missingHostileTexts(pdf, printedHostileTexts(protocol))).toEqual([]);
      expect(bareText(pdf)).not.toContain(markers.secret.toLowerCase());
      expect(imageCount(pdf)).toBe(0);
      for (const f of pdfFonts(pdf)) expect(f.name).toMatch(/^[A-Z]{6}\+LiberationSans/);
      // What the window's session lets through: the shell and inline fonts, nothing else asked.
      const foreign = requests.filter((u) => u !== shell && !u.startsWith(INLINE_FONT_PREFIX));
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('sends the inline fonts once: the next document keeps the faces the page loaded', async () => {
    const { context, page, cdp } = await shellPage();
    try {
      const fonts = await loadFontSources();
      const first = renderHtml(buildPrintModel(filledProtocol()), { fonts });
      const sent = elideKnownFonts(first, undefined);
      expect(sent.html).toBe(first);
      checkSwapResult(await cdp.send('Runtime.evaluate', swapDocumentCommand(sent.html)));
      // A second document with the same faces: they are left out of what is sent.
      const { protocol } = hostileProtocol(filledProtocol(), breakoutVariants(markers));
      const second = renderHtml(buildPrintModel(protocol), { fonts });
      const elided = elideKnownFonts(second, sent.fonts);
      expect(elided.html.length).toBeLessThan(second.length / 4);
      const answer = await cdp.send('Runtime.evaluate', swapDocumentCommand(elided.html));
      checkSwapResult(answer);
      // The swap resolves to the number of faces the page has: still the shipped four.
      expect(answer.result.value).toBe(4);
      const pdf = join(dir, 'second.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, tagged: true }));
      expect(missingHostileTexts(pdf, printedHostileTexts(protocol))).toEqual([]);
      const names = pdfFonts(pdf).map((f) => f.name);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+LiberationSans/);
      // Other faces are sent whole.
      expect(elideKnownFonts(second, 'other faces').html).toBe(second);
    } finally {
      await context.close();
    }
  }, 120_000);
});
