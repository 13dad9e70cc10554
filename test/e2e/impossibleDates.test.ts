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

const storedDraft = (app: AppHandle) =>
  app.page.evaluate(async () => {
    const w = globalThis as unknown as {
      paragraf: { drafts: { list(): Promise<{ ok: boolean; value: { date: string }[] }> } };
    };
    const r = await w.paragraf.drafts.list();
    return r.ok ? r.value.map((d) => d.date) : [];
  });

test('a date or time that does not exist is kept as typed, named, refused and listed; never stored as another', async () => {
  const { page } = app;
  const form = page.getByRole('region', { name: 'Nytt protokoll' });
  await form.getByLabel('Organ', { exact: true }).fill('Kommunstyrelsen');
  const newDate = form.getByLabel('Sammanträdesdatum');
  // Typed key by key, as a secretary does: "2026-02-3" is a real day on the way to "2026-02-30".
  await newDate.click();
  await page.keyboard.type('2026-02-30');
  await form.getByText('2026-02-30 finns inte.').waitFor();
  await form.getByRole('button', { name: 'Skapa protokoll' }).click();
  await form.getByRole('alert').filter({ hasText: '2026-02-30 finns inte' }).waitFor();
  expect(await newDate.inputValue()).toBe('2026-02-30');
  expect(await storedDraft(app)).toEqual([]);

  // Corrected, the protokoll is made with the date typed.
  await newDate.fill('2026-02-26');
  await form.getByRole('button', { name: 'Skapa protokoll' }).click();
  // The start form (which has a Sammanträdesdatum too) is gone only once the editor is shown.
  await page.getByRole('navigation', { name: 'Delar av protokollet' }).waitFor();
  await expect.poll(() => form.count()).toBe(0);
  const meetingDate = page.getByLabel('Sammanträdesdatum');
  await expect.poll(() => meetingDate.inputValue()).toBe('2026-02-26');

  // In the editor: the field keeps what was typed and says so; the draft keeps the real date.
  await meetingDate.click();
  // Replace what is there, wherever the click put the caret.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026-02-30');
  await meetingDate.blur();
  await page.getByText('2026-02-30 finns inte.').first().waitFor();
  expect(await meetingDate.inputValue()).toBe('2026-02-30');
  const start = page.getByLabel('Starttid');
  await start.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('25:00');
  await start.blur();
  expect(await start.inputValue()).toBe('25:00');
  await page.getByText('25:00 finns inte.').waitFor();

  const panel = page.getByRole('region', { name: /^Att kontrollera/ });
  await expect
    .poll(() => panel.getByRole('listitem').allTextContents())
    .toEqual(
      expect.arrayContaining([
        'MötesuppgifterSammanträdesdatum: 2026-02-30 finns inte.',
        'MötesuppgifterStarttid: 25:00 finns inte.',
      ]),
    );
  await waitUntilSaved(page);
  expect(await storedDraft(app)).toEqual(['2026-02-26']);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  expect(heading).not.toContain('2026-02-03');

  // Shown again after another section: still as typed.
  await openSection(page, 'Underskrifter');
  await openSection(page, 'Mötesuppgifter');
  expect(await page.getByLabel('Sammanträdesdatum').inputValue()).toBe('2026-02-30');

  // Corrected, the warning goes and the draft takes the new date.
  await page.getByLabel('Sammanträdesdatum').fill('2026-02-27');
  await page.getByLabel('Starttid').fill('15:00');
  await expect
    .poll(() => panel.getByRole('listitem').allTextContents())
    .not.toContain('MötesuppgifterStarttid: 25:00 finns inte.');
  await waitUntilSaved(page);
  await expect.poll(() => storedDraft(app)).toEqual(['2026-02-27']);
});
