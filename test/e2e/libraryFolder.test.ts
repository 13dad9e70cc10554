import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { snapshotTree } from '../unit/electron/services/drafts/helpers';

// The library starts local; the secretary moves it to the kansli's shared folder in Inställningar.
let app: AppHandle;
let base: string;
let local: string;
const fixture = loadFixture();
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'paragraf-library-folder-'));
  local = join(base, 'library');
  await createDraftLibrary({ root: local }).save(fixture);
  app = await startApp({ libraryDir: local });
});
afterAll(async () => {
  await app?.close();
});

const dialog = () => app.page.getByRole('dialog', { name: 'Inställningar' });

it('moves the library to a chosen folder, keeps the old one, and uses another library already there', async () => {
  const { page } = app;
  const before = await snapshotTree(join(local, 'drafts'));
  const share = join(base, 'natverksmapp');
  await mkdir(share);

  await page.getByRole('button', { name: 'Inställningar…' }).click();
  await dialog().waitFor();
  expect(await dialog().getByTestId('library-folder').textContent()).toBe(
    `${local} (lokalt på den här datorn)`,
  );
  app.dialogs.nextFolderPath = share;
  await dialog().getByRole('button', { name: 'Välj mapp för biblioteket…' }).click();
  await dialog().getByRole('button', { name: 'Flytta biblioteket hit' }).click();
  const message = dialog().getByTestId('library-message');
  await expect
    .poll(() => message.textContent(), { timeout: 15_000 })
    .toContain(`Biblioteket är flyttat till ${share}`);
  const kept = (await readdir(base)).find((n) => n.startsWith('library-flyttat-'));
  expect(kept).toBeDefined();
  expect(await message.textContent()).toContain(
    `Det gamla biblioteket finns kvar i ${join(base, kept!)}`,
  );
  expect(await dialog().getByTestId('library-folder').textContent()).toBe(share);
  // The old library is intact; the new one holds the same drafts and the start screen lists them.
  expect([...(await snapshotTree(join(base, kept!, 'drafts'))).values()]).toEqual([
    ...before.values(),
  ]);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.draft-open').count()).toBe(1);

  // A colleague's library in another folder: "Använd biblioteket som redan finns där".
  const colleagues = join(base, 'kansliets-bibliotek');
  const theirs = createDraftLibrary({ root: colleagues });
  await theirs.save({ ...fixture, id: 'kollegans-1' });
  await theirs.save({ ...fixture, id: 'kollegans-2' });
  await page.getByRole('button', { name: 'Inställningar…' }).click();
  app.dialogs.nextFolderPath = colleagues;
  await dialog().getByRole('button', { name: 'Välj mapp för biblioteket…' }).click();
  await expect
    .poll(() => dialog().getByText('innehåller redan ett bibliotek med 2 utkast').count())
    .toBe(1);
  await dialog().getByRole('button', { name: 'Använd biblioteket som redan finns där' }).click();
  await expect.poll(() => dialog().getByTestId('library-folder').textContent()).toBe(colleagues);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.draft-open').count()).toBe(2);
  // Nothing of the first share was touched by switching.
  expect((await readdir(join(share, 'drafts'))).filter((n) => n.endsWith('.protokoll'))).toEqual([
    `${fixture.id}.protokoll`,
  ]);
});
