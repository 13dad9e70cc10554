import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection } from './steps/ui';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await app?.close();
});

test('Ctrl+F finds across the protokoll, Nästa shows each place, Ctrl+H replaces all in one undoable step', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Miljönämnden');
  await page.getByLabel('Sammanträdesdatum', { exact: true }).first().fill('2026-03-12');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await openSection(page, 'Närvaro');
  const line = page.getByLabel('Lägg till person', { exact: true });
  await line.fill('Karin Ek (M)');
  await line.press('Enter');
  await openSection(page, 'Ärenden');
  await page
    .getByLabel('Att-sats 1', { exact: true })
    .first()
    .fill('att Karin Ek utses till justerare');

  await page.keyboard.press('Control+f');
  const panel = page.getByRole('dialog', { name: 'Sök och ersätt' });
  const find = panel.getByLabel('Sök', { exact: true });
  await expect
    .poll(() =>
      find.evaluate((el) => (el as unknown as { matches(s: string): boolean }).matches(':focus')),
    )
    .toBe(true);
  await page.keyboard.type('karin ek');
  await expect
    .poll(() => panel.getByRole('status').textContent())
    .toBe('2 förekomster på 2 ställen');
  // Enter: the first place (the attendance), then the att-sats; the focus stays in Sök.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('main').getAttribute('aria-label')).toBe('Närvaro');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('main').getAttribute('aria-label')).toBe('Ärenden');
  await expect.poll(() => page.locator('.find-hit').getAttribute('aria-label')).toBe('Att-sats 1');

  await page.keyboard.press('Control+h');
  await expect
    .poll(() =>
      panel
        .getByLabel('Ersätt med')
        .evaluate((el) => (el as unknown as { matches(s: string): boolean }).matches(':focus')),
    )
    .toBe(true);
  await page.keyboard.type('Karin Eklund');
  await panel.getByRole('button', { name: 'Ersätt alla' }).click();
  const att = page.getByLabel('Att-sats 1', { exact: true }).first();
  await expect.poll(() => att.inputValue()).toBe('att Karin Eklund utses till justerare');
  await expect
    .poll(() => page.locator('.notice').textContent())
    .toContain('2 förekomster ersattes');

  // One step back: both places as they were.
  await page.locator('.notice').getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(() => att.inputValue()).toBe('att Karin Ek utses till justerare');
  await panel.getByRole('button', { name: 'Stäng' }).click();
  expect(await panel.count()).toBe(0);
});
