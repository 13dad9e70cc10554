import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { checkExport, flat } from './steps/checkExport';
import { exportVia, openSection, waitUntilSaved } from './steps/ui';

const FIXTURE = fileURLToPath(
  new URL('../fixtures/norrbotten-2020-12-16.protokoll', import.meta.url),
);

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

test('the agenda time slot is edited beside Dnr, checked softly and printed', async () => {
  const { page } = app;
  app.dialogs.nextOpenPath = FIXTURE;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await openSection(page, 'Ärenden');
  await page
    .getByRole('navigation', { name: 'Ärendelista' })
    .getByText('Medicinskt förbrukningsmaterial')
    .click();
  const item = page.getByRole('region', { name: /^§ 49 / });
  const slot = item.getByLabel('Tid', { exact: true });

  // A slip is accepted as typed but shows up under "Att kontrollera".
  await slot.fill('10.15-10.45');
  const panel = page.getByRole('region', { name: /^Att kontrollera/ });
  await expect
    .poll(() => panel.getByRole('listitem').allTextContents())
    .toEqual([
      '§ 49 Medicinskt förbrukningsmaterialTiden för § 49 Medicinskt förbrukningsmaterial ska skrivas TT:MM-TT:MM, t.ex. 10:15-10:45.',
    ]);
  await slot.fill('10:15-10:45');
  await expect.poll(() => panel.getByRole('listitem').count()).toBe(0);
  await waitUntilSaved(page);

  // It survives a reload and is printed with the item.
  await app.reload();
  await page
    .getByRole('row', { name: /2020-12-16/ })
    .locator('.draft-open')
    .click();
  await openSection(page, 'Ärenden');
  await page
    .getByRole('navigation', { name: 'Ärendelista' })
    .getByText('Medicinskt förbrukningsmaterial')
    .click();
  expect(await item.getByLabel('Tid', { exact: true }).inputValue()).toBe('10:15-10:45');

  const pdf = join(await mkdtemp(join(tmpdir(), 'paragraf-timeslot-')), 'out.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  const { text } = await checkExport(pdf);
  expect(flat(text)).toMatch(/§ 49 Medicinskt förbrukningsmaterial .*Tid:? 10:15-10:45/);
});
