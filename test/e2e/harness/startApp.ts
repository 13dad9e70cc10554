import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../../../electron/services/export/chromiumArgs';
import type { CommandId } from '../../../shared/commands';
import { channels } from '../../../shared/ipc/contract';
import { buildRenderer } from './buildRenderer';
import { installParagrafApi } from './preloadShim';
import { createServices, type StubDialogs } from './services';
import { serveStatic } from './staticServer';

export const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  // Swedish date and time inputs (yyyy-mm-dd, 24 h), as on a secretary's machine.
  '--lang=sv-SE',
];

export interface AppHandle {
  page: Page;
  browser: Browser;
  /** The drafts library folder (real files). */
  libraryDir: string;
  /** Answers of the stubbed open/save dialogs; set before the action that opens one. */
  dialogs: StubDialogs;
  /** What main wrote to its log (English). */
  mainLog: string[];
  /** Sends an application-menu command, as the main process would. */
  sendMenu(command: CommandId): Promise<void>;
  /** Reloads the page (same library) and waits until the app has rendered. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Reuse a library folder (e.g. from an earlier startApp); a new temp folder otherwise. */
  libraryDir?: string;
  viewport?: { width: number; height: number };
}

/**
 * The renderer in Debian Chromium, with window.paragraf bound to the main-process services
 * running in this Node process over a real drafts library.
 */
export async function startApp(options: StartOptions = {}): Promise<AppHandle> {
  const root = await buildRenderer();
  const libraryDir = options.libraryDir ?? (await mkdtemp(join(tmpdir(), 'paragraf-library-')));
  const dialogs: StubDialogs = {
    nextOpenPath: null,
    nextAppendixPath: null,
    nextRegisterPath: null,
    nextFolderPath: null,
    folderDialogStarts: [],
    nextSavePath: null,
    suggestedNames: [],
    openedPaths: [],
  };
  const mainLog: string[] = [];
  const services = createServices(libraryDir, dialogs, (m) => mainLog.push(m));
  const server = await serveStatic(root);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    // Date and time inputs follow the locale of the process.
    env: { ...process.env, LANG: 'sv_SE.UTF-8', LANGUAGE: 'sv' },
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  await page.exposeBinding('__paragrafInvoke', (_source, channel: string, payload: unknown) =>
    services.dispatch(channel, payload),
  );
  await page.addInitScript(installParagrafApi, Object.keys(channels));
  const ready = async () => {
    await page.waitForSelector('.app');
  };
  await page.goto(server.url);
  await ready();
  return {
    page,
    browser,
    libraryDir,
    dialogs,
    mainLog,
    async sendMenu(command) {
      await page.evaluate((c) => {
        (globalThis as unknown as { __paragrafMenu(c: string): void }).__paragrafMenu(c);
      }, command);
    },
    async reload() {
      await page.reload();
      await ready();
    },
    async close() {
      await browser.close();
      await server.close();
      await services.close();
    },
  };
}
