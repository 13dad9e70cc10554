import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { COMMANDS } from '../../shared/commands';
import { parseProtocolText } from '../../shared/protocol/parse';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';

// One command table drives the menu, the keys, the top bar and the shortcut list.
let app: AppHandle;
const fixture = loadFixture();
beforeAll(async () => {
  const libraryDir = await mkdtemp(join(tmpdir(), 'paragraf-commands-'));
  await createDraftLibrary({ root: libraryDir }).save(fixture);
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

/** Opens the library's draft and waits for the editor, so the next key goes to it. */
async function openFixture() {
  await app.page.locator('.draft-open').first().click();
  await app.page.locator('.topbar-title').waitFor();
}
const listed = COMMANDS.filter((c) => c.group && c.keys?.length);

it('lists every shortcut of the command table under F1, Ctrl+N and Ctrl+W included', async () => {
  const { page } = app;
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: 'Kortkommandon' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const names = await dialog.locator('dt').allTextContents();
  expect(names).toEqual(expect.arrayContaining(listed.map((c) => c.listLabel ?? c.label)));
  expect(names).toHaveLength(listed.length);
  const text = (await dialog.textContent()) ?? '';
  for (const keys of ['Ctrl+N', 'Ctrl+O', 'Ctrl+W', 'Ctrl+Skift+E', 'Ctrl+Skift+S']) {
    expect(text).toContain(keys);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
});

it('shows the top bar buttons of the table and runs them on the same bus as the keys', async () => {
  const { page } = app;
  await openFixture();
  const bar = page.locator('.topbar-actions button');
  await expect
    .poll(() => bar.allTextContents())
    .toEqual(
      COMMANDS.filter((c) => c.topBar?.screen === 'editor' && c.topBar.draft !== 'kallelse').map(
        (c) => c.topBar!.label,
      ),
    );
  await page.keyboard.press('Control+w');
  await expect.poll(() => page.getByRole('region', { name: 'Nytt protokoll' }).count()).toBe(1);
  await openFixture();
  await page.keyboard.press('Control+n');
  await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('new-heading');
});

it('Om Paragraf (menu) shows the version, and Esc gives the focus back', async () => {
  const { page } = app;
  await app.sendMenu('about');
  const dialog = page.getByRole('dialog', { name: 'Om Paragraf' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(await dialog.textContent()).toContain(`Paragraf ${pkg.version}`);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
});

it('Spara som… (Ctrl+Shift+S) saves the draft and writes a copy as a .protokoll file', async () => {
  const { page } = app;
  await openFixture();
  await page.getByLabel('Plats', { exact: true }).fill('Kopiesalen');
  const out = join(await mkdtemp(join(tmpdir(), 'paragraf-save-as-')), 'kopia.protokoll');
  app.dialogs.nextSavePath = out;
  await page.keyboard.press('Control+Shift+S');
  await expect.poll(() => page.locator('.notice').textContent()).toContain('kopia.protokoll');
  const copy = parseProtocolText(await readFile(out, 'utf8'));
  expect(copy.ok && copy.value.meeting.place).toBe('Kopiesalen');
  expect(app.dialogs.suggestedNames.at(-1)).toMatch(/\.protokoll$/);
});
