import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSHandle, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';

const FIXTURE = fileURLToPath(
  new URL('../fixtures/norrbotten-2020-12-16.protokoll', import.meta.url),
);

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-drop-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', 'drop.png') });
  }
});
afterAll(async () => {
  await app?.close();
});

/**
 * A DataTransfer holding one File, as the OS hands it to the page; the harness's preload shim
 * reports `path` for it, as webUtils.getPathForFile does in the app.
 */
async function fileTransfer(page: Page, path: string, name: string): Promise<JSHandle> {
  const text = await readFile(path, 'utf8').catch(() => '%PDF-1.7');
  return page.evaluateHandle(
    ({ path, name, text }) => {
      // Runs in the page, where DataTransfer exists (the Node-side types do not know it).
      const w = globalThis as unknown as {
        __paragrafFilePaths: WeakMap<object, string>;
        DataTransfer: new () => { items: { add(file: File): void } };
      };
      const file = new File([text], name);
      w.__paragrafFilePaths.set(file, path);
      const dt = new w.DataTransfer();
      dt.items.add(file);
      return dt;
    },
    { path, name, text },
  );
}

/** Drags a file over the page (the drop zone shows), then drops it on `target`. */
async function dropFile(page: Page, path: string, target: string, name = path.split('/').pop()!) {
  const dataTransfer = await fileTransfer(page, path, name);
  await page.dispatchEvent(target, 'dragenter', { dataTransfer });
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  const zone = page.getByTestId('file-drop-zone');
  await zone.waitFor();
  expect(await zone.textContent()).toBe(
    'Släpp .protokoll-filen för att öppna den, eller ett Word-protokoll för att importera det',
  );
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'drop-zone.png') });
  }
  await page.dispatchEvent(target, 'drop', { dataTransfer });
  await expect.poll(() => zone.count()).toBe(0);
}

const notice = () => app.page.locator('.notice-area');

test('a .protokoll dropped on the start screen opens; dropped again on the editor it opens the same draft', async () => {
  const { page } = app;
  await dropFile(page, FIXTURE, 'main');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toContain('Politisk samverkansberedning');
  await expect.poll(() => notice().textContent()).toContain('Filen är öppnad och sparad');

  // Dropped on an open item's text: opened, not pasted into the editor.
  await page
    .getByRole('navigation', { name: 'Delar av protokollet' })
    .getByRole('button', { name: /^Ärenden/ })
    .click();
  await dropFile(page, FIXTURE, '[contenteditable="true"]');
  await expect.poll(() => notice().textContent()).toContain('Filen var redan öppnad');
  await page.getByRole('button', { name: 'Stäng', exact: true }).click();
  await expect.poll(() => page.locator('.draft-open').count()).toBe(1);
});

test('a file that is not a .protokoll is refused with a message, nothing imported', async () => {
  const { page } = app;
  const pdf = join(dir, 'bilaga.pdf');
  await writeFile(pdf, '%PDF-1.7');
  await dropFile(page, pdf, 'main');
  await expect
    .poll(() => notice().textContent())
    .toContain(
      'Bara .protokoll-filer och Word-protokoll (.docx) kan öppnas genom att släppas i fönstret.',
    );

  // A damaged .protokoll: main refuses it in Swedish.
  const broken = join(dir, 'trasig.protokoll');
  await writeFile(broken, '{"schemaVersion":1,"id":');
  await dropFile(page, broken, 'main');
  await expect.poll(() => page.locator('.notice-error').count()).toBe(1);
  expect(await notice().textContent()).not.toContain('Filen är öppnad');
  expect(await page.locator('.draft-open').count()).toBe(1);
});

test('Öppna fil… on a file already opened says so and opens its draft', async () => {
  const { page } = app;
  app.dialogs.nextOpenPath = FIXTURE;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await expect.poll(() => notice().textContent()).toContain('Filen var redan öppnad');
  await page.getByRole('button', { name: 'Stäng', exact: true }).click();
  await expect.poll(() => page.locator('.draft-open').count()).toBe(1);
});
