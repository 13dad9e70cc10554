import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const focusedLabel = `(() => {
  const el = document.activeElement;
  return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? '').trim();
})()`;

const focusedGroup = `document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent ?? ''`;

test('the warnings are live, lead to their place, and are shown again before export', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Miljönämnden');
  await page.getByLabel('Sammanträdesdatum', { exact: true }).first().fill('2026-03-12');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();

  const panel = page.getByRole('region', { name: /^Att kontrollera/ });
  const warnings = panel.getByRole('listitem');
  // A new draft: the template's placeholders, no place, nobody present and no justerare.
  const FRESH = [
    'MötesuppgifterPlats saknas: protokollet ska ange var sammanträdet hölls.',
    'NärvaroIngen närvarande är antecknad: protokollet ska visa vilka som deltog.',
    '§ 1 Val av justerareTexten: platshållaren "…" står kvar ("Ordföranden föreslår att … utses till justerare.").',
    '§ 1 Val av justerareBeslutet (att-sats 1): platshållaren "…" står kvar ("att … utses till justerare").',
    'UnderskrifterIngen justerare är utsedd.',
  ];
  await expect.poll(() => warnings.allTextContents()).toEqual(FRESH);
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'validation-panel.png') });
  }

  // Live: an end time before the start time adds a warning that leads to the end time field;
  // correcting it removes the warning.
  await page.getByLabel('Starttid', { exact: true }).fill('14:00');
  await page.getByLabel('Sluttid', { exact: true }).fill('13:00');
  const timeWarning = panel.getByRole('button', {
    name: /Sluttiden 13:00 är före starttiden 14:00/,
  });
  await timeWarning.waitFor();
  expect(await timeWarning.textContent()).toMatch(/^Mötesuppgifter/);
  await page.getByRole('button', { name: 'Underskrifter', exact: true }).click();
  await timeWarning.click();
  await expect.poll(() => page.evaluate(focusedLabel)).toBe('Sluttid');
  await page.keyboard.type('1530');
  await expect.poll(() => warnings.count(), { timeout: 10_000 }).toBe(FRESH.length);

  // A warning is a link to its place: the signatures, with the focus on the adjuster field.
  await panel.getByRole('button', { name: /Ingen justerare/ }).click();
  await expect
    .poll(() =>
      page.evaluate('document.activeElement?.closest("main")?.getAttribute("aria-label")'),
    )
    .toBe('Underskrifter');
  expect(await page.evaluate(focusedGroup)).toBe('Justerare');

  // Before export the same warnings are shown; choosing one goes there instead of exporting.
  await page.getByRole('button', { name: 'Mötesuppgifter', exact: true }).click();
  await page.getByRole('button', { name: 'Exportera PDF', exact: true }).click();
  const check = page.getByRole('dialog', { name: 'Kontrollera innan export' });
  await check.waitFor();
  expect(await check.getByRole('listitem').allTextContents()).toEqual(FRESH);
  await check.getByRole('button', { name: /Ingen justerare/ }).click();
  await expect.poll(() => check.count()).toBe(0);
  await expect
    .poll(() =>
      page.evaluate('document.activeElement?.closest("main")?.getAttribute("aria-label")'),
    )
    .toBe('Underskrifter');
  expect(app.dialogs.suggestedNames).toEqual([]);
});
