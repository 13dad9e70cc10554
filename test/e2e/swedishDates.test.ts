import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection, waitUntilSaved } from './steps/ui';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

test('dates are typed and shown as ÅÅÅÅ-MM-DD and times as TT:MM on the start screen, in the meeting and the signatures', async () => {
  const { page } = app;
  const form = page.getByRole('region', { name: 'Nytt protokoll' });
  const newDate = form.getByLabel('Sammanträdesdatum');
  expect(await newDate.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');

  // A US-style date is not guessed at: it stays as typed and the field says how to write it.
  await newDate.fill('12/16/2020');
  await newDate.blur();
  const help = form.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2020-12-16.');
  await help.waitFor();
  expect(await newDate.getAttribute('aria-invalid')).toBe('true');
  if (process.env.SCREENSHOT_DIR) {
    await form.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'date-help.png') });
  }

  // Digits only are completed to the Swedish form when leaving the field.
  await newDate.fill('20201216');
  await newDate.blur();
  expect(await newDate.inputValue()).toBe('2020-12-16');
  expect(await help.count()).toBe(0);
  await form.getByLabel('Organ', { exact: true }).fill('Kommunstyrelsen');
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'date-start.png') });
  }
  await form.getByRole('button', { name: 'Skapa protokoll' }).click();

  // The start screen has a field of the same name until the editor replaces it.
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toContain('Kommunstyrelsen');
  const meetingDate = page.getByLabel('Sammanträdesdatum');
  await expect.poll(() => meetingDate.inputValue()).toBe('2020-12-16');
  // ↑ steps a day; the protocol follows (the heading shows the date).
  await meetingDate.press('ArrowUp');
  await expect.poll(() => meetingDate.inputValue()).toBe('2020-12-17');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toContain('2020-12-17');
  // Times are 24-hour TT:MM, never AM/PM; "9.30" is read as 09:30.
  const start = page.getByLabel('Starttid');
  expect(await start.getAttribute('placeholder')).toBe('TT:MM');
  await start.fill('9.30');
  await start.blur();
  expect(await start.inputValue()).toBe('09:30');
  await page.getByLabel('Sluttid').fill('1415');
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'date-meeting.png') });
  }

  await openSection(page, 'Underskrifter');
  const adjustment = page.getByLabel('Justeringsdatum');
  await adjustment.fill('2020-12-2');
  await adjustment.blur();
  expect(await adjustment.inputValue()).toBe('2020-12-02');
  await waitUntilSaved(page);

  // Saved as real dates: after a reload the fields show them again.
  await app.reload();
  await page
    .getByRole('row', { name: /2020-12-17/ })
    .locator('.draft-open')
    .click();
  await openSection(page, 'Underskrifter');
  await expect.poll(() => page.getByLabel('Justeringsdatum').inputValue()).toBe('2020-12-02');
  await openSection(page, 'Mötesuppgifter');
  expect(await page.getByLabel('Sluttid').inputValue()).toBe('14:15');
});
