import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { buildPrintModel } from '../../shared/print';
import { loadFixture, NORRBOTTEN_FIXTURE as FIXTURE } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { exportVia } from './steps/ui';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-settings-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await mkdir(join(tmpdir(), 'paragraf-e2e-failures'), { recursive: true });
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', 'settings.png') });
  }
});
afterAll(async () => {
  await app?.close();
});

const dialog = () => app.page.getByRole('dialog', { name: 'Inställningar' });
const authorField = () => dialog().getByLabel(/^Ditt namn/);
const folderField = () => dialog().getByLabel('Mapp för export');
const openAfterBox = () => dialog().getByLabel('Öppna filen efter export');

/** The accessible name (label or text) of the focused element. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = globalThis as unknown as {
      document: { activeElement: { id: string; textContent: string | null } | null } & {
        querySelector(s: string): { textContent: string | null } | null;
      };
    };
    const el = d.document.activeElement;
    if (!el) return '';
    const label = el.id ? d.document.querySelector(`label[for="${el.id}"]`) : null;
    return (label?.textContent ?? el.textContent ?? '').trim();
  });
}

async function pdfAuthor(pdf: string): Promise<string> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return /^Author:\s*(.*)$/m.exec(stdout)?.[1]?.trim() ?? '';
}

test('Ctrl+, opens a labelled modal that keeps Tab inside, Esc closes it and the focus returns', async () => {
  const { page } = app;
  const openFile = page.getByRole('button', { name: 'Öppna fil…' });
  await openFile.focus();
  await page.keyboard.press('Control+Comma');
  await dialog().waitFor();
  expect(await focused(page)).toBe(
    'Ditt namn – används som författare i exporterade PDF- och Word-filer',
  );
  const order = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  expect(order).toEqual([
    'Mapp för export',
    'Välj mapp…',
    'Öppna filen efter export',
    'Välj mapp för biblioteket…',
    'Mallar…',
    'Spara',
    'Avbryt',
    'Ditt namn – används som författare i exporterade PDF- och Word-filer',
  ]);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Avbryt');
  await page.keyboard.type('x'); // a key press on a button changes nothing
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog().count()).toBe(0);
  expect(await focused(page)).toBe('Öppna fil…');

  // F1 lists the shortcut with the others.
  await page.keyboard.press('F1');
  const list = page.getByRole('dialog', { name: 'Kortkommandon' });
  await list.waitFor();
  const row = list.locator('dt', { hasText: /^Inställningar$/ });
  expect(await row.locator('xpath=following-sibling::dd[1]').textContent()).toBe('Ctrl+,');
  await page.keyboard.press('Escape');
  await expect.poll(() => list.count()).toBe(0);
});

test('axe-core finds nothing serious or critical in the settings dialog', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Inställningar…' }).click();
  await dialog().waitFor();
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog().count()).toBe(0);
  expect(await focused(page)).toBe('Inställningar…');
});

test('name, folder and "open after export" are saved with the keyboard and survive a reload', async () => {
  const { page } = app;
  const folder = join(dir, 'Nämndens protokoll');
  await page.keyboard.press('Control+Comma');
  await dialog().waitFor();
  await page.keyboard.type('Örjan Ångström');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  app.dialogs.nextFolderPath = folder;
  await page.keyboard.press('Enter'); // Välj mapp…
  await expect.poll(() => folderField().inputValue()).toBe(folder);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  expect(await openAfterBox().isChecked()).toBe(true);
  await page.keyboard.press('Tab'); // Välj mapp för biblioteket… (acts at once, not on Spara)
  await page.keyboard.press('Tab'); // Mallar… (opens its own dialog)
  await page.keyboard.press('Tab');
  if (process.env.PARAGRAF_SETTINGS_SHOT) {
    await page.screenshot({ path: join(process.env.PARAGRAF_SETTINGS_SHOT, 'dialog.png') });
  }
  await page.keyboard.press('Enter'); // Spara
  await expect.poll(() => dialog().count()).toBe(0);
  await page.getByText('Inställningarna är sparade.').waitFor();

  await app.reload();
  await app.sendMenu('settings');
  await dialog().waitFor();
  expect(await authorField().inputValue()).toBe('Örjan Ångström');
  expect(await folderField().inputValue()).toBe(folder);
  expect(await openAfterBox().isChecked()).toBe(true);
  // The folder dialog starts in the saved folder; cancelling it keeps the field.
  await dialog().getByRole('button', { name: 'Välj mapp…' }).click();
  await expect.poll(() => app.dialogs.folderDialogStarts.length).toBe(2);
  expect(app.dialogs.folderDialogStarts).toEqual(['', folder]);
  expect(await folderField().inputValue()).toBe(folder);
  // Cancelling keeps what was saved.
  await authorField().fill('Någon annan');
  await page.keyboard.press('Escape');
  await app.sendMenu('settings');
  expect(await authorField().inputValue()).toBe('Örjan Ångström');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog().count()).toBe(0);
});

test('the exported PDF has the settings’ author, else the secretary, and is opened after export', async () => {
  const { page } = app;
  const secretary = buildPrintModel(loadFixture()).info.author;
  expect(secretary).not.toBe('');
  expect(secretary).not.toBe('Örjan Ångström');

  app.dialogs.nextOpenPath = FIXTURE;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await page.getByRole('button', { name: 'Exportera PDF', exact: true }).waitFor();
  const withName = join(dir, 'med-namn.pdf');
  app.dialogs.nextSavePath = withName;
  await exportVia(page, 'Exportera PDF', withName);
  expect(await pdfAuthor(withName)).toBe('Örjan Ångström');
  expect(app.dialogs.openedPaths).toEqual([withName]);

  await page.keyboard.press('Control+Comma');
  await authorField().fill('');
  await openAfterBox().uncheck();
  await dialog().getByRole('button', { name: 'Spara' }).click();
  await expect.poll(() => dialog().count()).toBe(0);
  const withoutName = join(dir, 'utan-namn.pdf');
  app.dialogs.nextSavePath = withoutName;
  await exportVia(page, 'Exportera PDF', withoutName);
  expect(await pdfAuthor(withoutName)).toBe(secretary);
  expect(app.dialogs.openedPaths).toEqual([withName]);
});

test('"Senast öppnade filer" on the start screen opens a file’s draft again', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Stäng', exact: true }).click();
  const copy = join(dir, 'ks-kopia.protokoll');
  await copyFile(FIXTURE, copy);
  app.dialogs.nextOpenPath = copy;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await page.getByRole('button', { name: 'Stäng', exact: true }).click();
  const recent = page.getByRole('region', { name: 'Senast öppnade filer' });
  const recentNames = () => recent.getByRole('button').allTextContents();
  await expect.poll(recentNames).toEqual(['ks-kopia.protokoll', 'norrbotten-2020-12-16.protokoll']);
  expect(await recent.textContent()).toContain(dir);
  if (process.env.PARAGRAF_SETTINGS_SHOT) {
    await page.screenshot({ path: join(process.env.PARAGRAF_SETTINGS_SHOT, 'start.png') });
  }
  // Every draft in the library is listed (the list loads on its own).
  const drafts = (await readdir(join(app.libraryDir, 'drafts'))).length;
  await expect.poll(() => page.locator('.draft-open').count()).toBe(drafts);

  await recent.getByRole('button', { name: 'norrbotten-2020-12-16.protokoll' }).click();
  await page.getByText('Filen var redan öppnad', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Stäng', exact: true }).click();
  // The same file opened its draft: no new draft; it is first among the recent files.
  await expect.poll(recentNames).toEqual(['norrbotten-2020-12-16.protokoll', 'ks-kopia.protokoll']);
  expect((await readdir(join(app.libraryDir, 'drafts'))).length).toBe(drafts);
  await expect.poll(() => page.locator('.draft-open').count()).toBe(drafts);

  // A file moved away since: a Swedish message, the start screen stays.
  await rm(copy);
  await recent.getByRole('button', { name: 'ks-kopia.protokoll' }).click();
  await page.getByRole('status').getByText('Filen kunde inte hittas', { exact: false }).waitFor();
  expect(await page.getByRole('heading', { name: 'Protokoll', exact: true }).count()).toBe(1);
});
