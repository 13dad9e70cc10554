import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection } from './steps/ui';

// The pictures in the README: the real app with the Norrbotten protokoll and an earlier meeting.
// They go to docs/images/ only with PARAGRAF_UPDATE_SCREENSHOTS=1, so a test run leaves the
// tree clean; otherwise to a temporary folder.
const IMAGES = process.env.PARAGRAF_UPDATE_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/images/', import.meta.url))
  : await mkdtemp(join(tmpdir(), 'paragraf-screens-out-'));
let app: AppHandle;

beforeAll(async () => {
  const libraryDir = await mkdtemp(join(tmpdir(), 'paragraf-screens-'));
  const library = createDraftLibrary({ root: libraryDir });
  const december = loadFixture();
  await library.save(december);
  const november = loadFixture();
  await library.save({
    ...november,
    id: 'norrbotten-2020-11-18',
    status: 'justerat',
    meeting: {
      ...november.meeting,
      date: '2020-11-18',
      numbering: { style: 'paragraph', firstNumber: 36 },
    },
  });
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

async function shoot(name: string) {
  const path = join(IMAGES, name);
  await app.page.screenshot({ path });
  expect((await stat(path)).size).toBeGreaterThan(10_000);
}

it('start screen, attendance and items, as a secretary sees them', async () => {
  const { page } = app;
  await expect.poll(() => page.locator('.draft-open').count()).toBe(2);
  await shoot('start-screen.png');

  await page
    .getByRole('row', { name: /2020-12-16/ })
    .locator('.draft-open')
    .click();
  await openSection(page, 'Närvaro');
  await expect
    .poll(() => page.getByLabel('Namn (Beatrice Öhman)').inputValue())
    .toBe('Beatrice Öhman');
  await shoot('editor-attendance.png');

  await openSection(page, 'Ärenden');
  const outline = page.getByRole('navigation', { name: 'Ärendelista' });
  // Enter on the focused entry: the list keeps moving while items below are being built.
  await outline.getByRole('button', { name: /^§ 50 / }).press('Enter');
  await expect
    .poll(() => page.getByLabel('Rubrik för § 50', { exact: true }).inputValue())
    .toBe('Försörjning av hjälpmedel');
  await shoot('editor-items.png');

  await openSection(page, 'Underskrifter');
  await shoot('editor-signatures.png');
});
