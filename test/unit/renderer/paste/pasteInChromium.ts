import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../../../../electron/services/export/chromiumArgs';
import type { RichText } from '../../../../shared/protocol/richText';
import type { Decision } from '../../../../shared/protocol/item';

// The paste converter uses the browser's DOMParser, so its tests run it in Debian Chromium:
// the module is bundled with esbuild and loaded into a blank page as `window.paste`.

const entry = fileURLToPath(new URL('../../../../renderer/paste/index.ts', import.meta.url));

export const CHROMIUM_ARGS = [...HEADLESS_CHROMIUM_ARGS];

export interface PastePage {
  page: Page;
  html(
    html: string,
    options?: { allowHeadings?: boolean; allowLists?: boolean },
  ): Promise<RichText>;
  text(text: string): Promise<RichText>;
  /** The blocks, and the notice the editor shows after pasting this HTML (null for none). */
  withNotice(html: string): Promise<{ blocks: RichText; notice: string | null }>;
  attSatser(text: string): Promise<Decision>;
  /** The value the fixtures' payloads write when they run; undefined while nothing ran. */
  payloadFlag(): Promise<unknown>;
  close(): Promise<void>;
}

export async function openPastePage(): Promise<PastePage> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'paste',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="sv"><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(
      ([name, list]) => {
        const api = (
          globalThis as unknown as { paste: Record<string, (...a: unknown[]) => unknown> }
        ).paste;
        return api[name as string]!(...(list as unknown[]));
      },
      [fn, args] as const,
    ) as Promise<T>;
  return {
    page,
    html: (html, options) => call<RichText>('htmlToRichText', html, options ?? {}),
    text: (text) => call<RichText>('plainTextToRichText', text),
    withNotice: (html) =>
      page.evaluate((source) => {
        const api = (
          globalThis as unknown as {
            paste: {
              htmlToRichTextWithReport(h: string): { blocks: RichText; report: never };
              lostOnPaste(h: string, f: never[], r: never): string | null;
            };
          }
        ).paste;
        const { blocks, report } = api.htmlToRichTextWithReport(source);
        return { blocks, notice: api.lostOnPaste(source, [], report) };
      }, html),
    attSatser: (text) => call<Decision>('plainTextToAttSatser', text),
    payloadFlag: () =>
      page.evaluate(
        () => (globalThis as unknown as { __pastePayloadRan?: unknown }).__pastePayloadRan,
      ),
    close: () => browser.close(),
  };
}
