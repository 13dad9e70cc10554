import { mkdtemp, readdir, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection, waitUntilSaved } from './steps/ui';

// The library folder disappears (a network share drops) while a protokoll is being written.
let app: AppHandle;
let libraryDir: string;
const fixture = loadFixture();
beforeAll(async () => {
  libraryDir = join(await mkdtemp(join(tmpdir(), 'paragraf-share-gone-')), 'library');
  await createDraftLibrary({ root: libraryDir }).save(fixture);
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

it('a save while the folder is gone says so, keeps the text locally and writes it back when it returns', async () => {
  const { page } = app;
  await page.locator('.draft-open').first().click();
  await openSection(page, 'Mötesuppgifter');
  const place = page.getByLabel('Plats', { exact: true });
  await expect.poll(() => place.inputValue()).toBe(fixture.meeting.place);

  await rename(libraryDir, `${libraryDir}-borta`);
  await place.fill('Skrivet medan mappen var borta');
  await expect
    .poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 })
    .toBe('Nätverksmappen kan inte nås – sparas lokalt tills den är tillbaka');
  // Kept in the local journal (beside the user data, not in the vanished folder).
  expect(await readdir(`${libraryDir}-pending`)).toHaveLength(1);

  await rename(`${libraryDir}-borta`, libraryDir);
  await waitUntilSaved(page);
  const saved = await createDraftLibrary({ root: libraryDir }).load(fixture.id);
  expect(saved.protocol.meeting.place).toBe('Skrivet medan mappen var borta');
  expect(await place.inputValue()).toBe('Skrivet medan mappen var borta');
});
