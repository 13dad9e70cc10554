import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection, waitUntilSaved } from './steps/ui';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await app?.close();
});

test('a deleted item or person comes back with Ångra or Ctrl+Z, keeping what was typed since', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Miljönämnden');
  await page.getByLabel('Sammanträdesdatum', { exact: true }).first().fill('2026-03-12');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await openSection(page, 'Ärenden');
  const titles = () =>
    page
      .locator('input.item-title')
      .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
  await expect.poll(async () => (await titles()).length).toBeGreaterThan(2);
  const before = await titles();

  // Delete § 2 (with its confirmation), then write in § 1.
  const second = page.locator('section.item').nth(1);
  await second.getByRole('button', { name: 'Ta bort ärende' }).click();
  await second.getByRole('button', { name: /^Ja, ta bort/ }).click();
  const notice = page.locator('.notice');
  await expect.poll(() => notice.textContent()).toContain('Ärendet togs bort');
  await expect.poll(titles).toEqual([before[0], ...before.slice(2)]);
  await page.getByLabel('Rubrik för § 1', { exact: true }).fill('Val av justerare och tid');

  await notice.getByRole('button', { name: 'Ångra' }).click();
  await expect.poll(titles).toEqual(['Val av justerare och tid', ...before.slice(1)]);
  await waitUntilSaved(page);

  // A person: deleted without a question, back with Ctrl+Z outside a text field.
  await openSection(page, 'Närvaro');
  const line = page.getByLabel('Lägg till person', { exact: true });
  await line.fill('Karin Ek (M)');
  await line.press('Enter');
  await page.getByRole('button', { name: /^Ta bort Karin Ek/ }).click();
  await expect.poll(() => notice.textContent()).toContain('Karin Ek togs bort');
  await expect.poll(() => page.locator('[data-person-id]').count()).toBe(0);
  await page.locator('main h2').first().click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator('[data-person-id]').count()).toBe(1);
  // Ctrl+Y does it again.
  await page.keyboard.press('Control+y');
  await expect.poll(() => page.locator('[data-person-id]').count()).toBe(0);

  // A notice of the editor does not linger on the start screen.
  await expect.poll(() => notice.count()).toBe(1);
  await page.waitForTimeout(1600);
  await page.getByRole('button', { name: 'Stäng', exact: true }).click();
  await page.getByRole('region', { name: 'Nytt protokoll' }).waitFor();
  expect(await notice.count()).toBe(0);
});
