import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection, waitUntilSaved } from './steps/ui';

// Two app instances on one library: the test plays the other one through its own library object.
let app: AppHandle;
let libraryDir: string;
const fixture = loadFixture();
beforeAll(async () => {
  libraryDir = await mkdtemp(join(tmpdir(), 'paragraf-conflict-'));
  await createDraftLibrary({ root: libraryDir }).save(fixture);
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

it('a draft changed in another window is not overwritten: this window goes on in a copy', async () => {
  const { page } = app;
  await page.locator('.draft-open').first().click();
  await openSection(page, 'Mötesuppgifter');
  const place = page.getByLabel('Plats', { exact: true });
  await expect.poll(() => place.inputValue()).toBe(fixture.meeting.place);

  const other = createDraftLibrary({ root: libraryDir });
  const theirs = (await other.load(fixture.id)).protocol;
  await other.save({ ...theirs, meeting: { ...theirs.meeting, place: 'Från andra fönstret' } });

  await place.fill('Från det här fönstret');
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
    .toContain('Utkastet har ändrats i ett annat fönster – din version sparades som en kopia.');
  await waitUntilSaved(page);
  await place.fill('Fortsatt i kopian');
  await waitUntilSaved(page);

  const drafts = await other.list();
  expect(drafts).toHaveLength(2);
  const copy = drafts.find((d) => d.id !== fixture.id)!;
  expect(copy.title).toMatch(/\(konflikt\)$/);
  expect((await other.load(fixture.id)).protocol.meeting.place).toBe('Från andra fönstret');
  expect((await other.load(copy.id)).protocol.meeting.place).toBe('Fortsatt i kopian');
});
