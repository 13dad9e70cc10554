import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { todayIso } from '../../renderer/core/draft/today';
import { startApp, type AppHandle } from './harness/startApp';
import { exportVia, focusSlate, openSection, waitUntilSaved } from './steps/ui';

const run = promisify(execFile);
const FIXTURE = fileURLToPath(
  new URL('../fixtures/norrbotten-2020-12-16.protokoll', import.meta.url),
);
const ORGAN = 'Politisk samverkansberedning för hälsa, vård, omsorg och skola';

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-adjusted-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', 'adjusted.png') });
  }
});
afterAll(async () => {
  await app?.close();
});

const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

test('a justerat protokoll is read-only; a rättelse opens one item and is printed', async () => {
  const { page } = app;
  app.dialogs.nextOpenPath = FIXTURE;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();

  // Marking as justerat needs the adjustment date, and asks first.
  await openSection(page, 'Underskrifter');
  const mark = page.getByRole('button', { name: 'Markera som justerat…' });
  expect(await mark.isDisabled()).toBe(true);
  await page.getByLabel('Justeringsdatum').fill('2020-12-21');
  await mark.click();
  const confirm = page.getByRole('dialog', { name: 'Markera som justerat' });
  expect(await confirm.textContent()).toContain('varje ändring görs som en rättelse');
  await confirm.getByRole('button', { name: 'Markera som justerat' }).click();
  const banner = page.getByTestId('adjusted-banner');
  await expect
    .poll(() => banner.textContent())
    .toContain('Protokollet är justerat 2020-12-21. Ändringar görs som rättelse.');
  expect(await page.getByLabel('Justeringsplats').isDisabled()).toBe(true);
  expect(await mark.count()).toBe(0);

  // Every field is read-only: meeting details, item titles, item bodies, adding items.
  await openSection(page, 'Mötesuppgifter');
  expect(await page.getByLabel('Plats').first().isDisabled()).toBe(true);
  await openSection(page, 'Ärenden');
  expect(await page.getByRole('button', { name: 'Nytt ärende' }).isDisabled()).toBe(true);
  const title49 = page.getByLabel('Rubrik för § 49', { exact: true });
  expect(await title49.isDisabled()).toBe(true);
  const body49 = page.getByRole('textbox', { name: 'Brödtext för § 49' });
  expect(await body49.getAttribute('contenteditable')).toBe('false');

  // Gör rättelse… for § 49 (from another section): the item opens for editing and is shown
  // with the focus on its title; the others stay locked.
  await openSection(page, 'Mötesuppgifter');
  await banner.getByRole('button', { name: 'Gör rättelse…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gör rättelse' });
  const option = await dialog.locator('option', { hasText: /^§ 49 / }).textContent();
  await dialog.getByLabel('Vad rättas?').selectOption({ label: option ?? '' });
  await dialog.getByLabel('Beskriv vad som ändras').fill('Beloppet i beslutet rättat.');
  await dialog.getByRole('button', { name: 'Gör rättelse' }).click();
  await expect.poll(() => title49.isDisabled()).toBe(false);
  await expect.poll(() => page.locator('main').getAttribute('aria-label')).toBe('Ärenden');
  await expect
    .poll(() =>
      title49.evaluate((el) =>
        (el as unknown as { matches(s: string): boolean }).matches(':focus'),
      ),
    )
    .toBe(true);
  expect(await page.getByLabel('Rubrik för § 50', { exact: true }).isDisabled()).toBe(true);
  expect(await body49.getAttribute('contenteditable')).toBe('true');
  await focusSlate(page, 'Brödtext för § 49');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Rättat belopp.');
  await expect.poll(() => body49.textContent()).toContain('Rättat belopp.');
  await waitUntilSaved(page);
  await page.screenshot({ path: 'test-output/adjusted-protocol.png' });

  // The PDF shows the correction at the end and a note under § 49.
  const pdf = join(dir, 'justerat.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  const text = flat(stdout);
  const today = todayIso();
  expect(text).toContain(`Rättad ${today}, se Rättelser`);
  expect(text).toMatch(new RegExp(`Rättelser ${today}, § 49 [^:]+: Beloppet i beslutet rättat\\.`));
  expect(text).toContain('Rättat belopp.');

  // Reopened, the protokoll is still justerat, locked again, and keeps its correction.
  await app.reload();
  await page.getByRole('button', { name: ORGAN, exact: true }).click();
  await expect.poll(() => banner.textContent()).toContain('Rättelser: 1.');
  await openSection(page, 'Ärenden');
  expect(await page.getByLabel('Rubrik för § 49', { exact: true }).isDisabled()).toBe(true);
});
