import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { libraryPaths } from '../../electron/services/drafts/draftPaths';
import { createEditLocks } from '../../electron/services/drafts/editLock';
import { nodeFs } from '../../electron/services/files/fsLayer';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection, waitUntilSaved } from './steps/ui';

// Anna has the protokoll open on another computer of the kansli; this window is another secretary's.
let app: AppHandle;
let libraryDir: string;
const fixture = loadFixture();
const anna = () =>
  createEditLocks(nodeFs, libraryPaths(libraryDir), { user: () => 'Anna', host: 'KS-PC12' });
beforeAll(async () => {
  libraryDir = await mkdtemp(join(tmpdir(), 'paragraf-shared-lock-'));
  await createDraftLibrary({ root: libraryDir }).save(fixture);
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

it('a protokoll open elsewhere opens read-only with who has it, and "Ta över" makes it editable', async () => {
  const { page } = app;
  const annasLock = anna();
  expect(await annasLock.open(fixture.id)).toBeNull();
  // "sedan" is the lock's time on the page's clock (Stockholm, see the harness).
  const lockFile = join(libraryDir, 'locks', `${fixture.id}.edit`);
  const { since } = JSON.parse(await readFile(lockFile, 'utf8')) as { since: string };
  const clock = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(since))
    .replace(':', '.');

  await page.locator('.draft-open').first().click();
  const banner = page.getByTestId('held-elsewhere-banner');
  await expect
    .poll(() => banner.textContent())
    .toContain(`Öppnat av Anna på KS-PC12 sedan ${clock}`);
  await openSection(page, 'Mötesuppgifter');
  const place = page.getByLabel('Plats', { exact: true });
  expect(await place.isDisabled()).toBe(true);

  // Cancelling keeps it read-only; confirming takes it over.
  await banner.getByRole('button', { name: 'Ta över…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta över protokollet' });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  expect(await place.isDisabled()).toBe(true);
  await banner.getByRole('button', { name: 'Ta över…' }).click();
  await dialog.getByRole('button', { name: 'Ta över' }).click();
  await banner.waitFor({ state: 'detached' });
  expect(await place.isDisabled()).toBe(false);

  await place.fill('Efter övertagandet');
  await waitUntilSaved(page);
  const other = createDraftLibrary({ root: libraryDir });
  expect((await other.load(fixture.id)).protocol.meeting.place).toBe('Efter övertagandet');
  // Anna's instance learns it no longer holds the draft.
  expect(await annasLock.heldElsewhere(fixture.id)).toMatchObject({ host: expect.any(String) });
  expect(annasLock.holds(fixture.id)).toBe(false);
});
