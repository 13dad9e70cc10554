import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await app?.close();
});

const focused = `(() => {
  const el = document.activeElement;
  return [el?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? '', el?.getAttribute('aria-label') ?? ''];
})()`;

test('leftover template placeholders, no place and nobody present are warned about before export, each leading to its place', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Miljönämnden');
  await page.getByLabel('Sammanträdesdatum', { exact: true }).first().fill('2026-03-12');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();

  const panel = page.getByRole('region', { name: /^Att kontrollera/ });
  const placeholder = panel.getByRole('button', {
    name: /Beslutet \(att-sats 1\): platshållaren "…" står kvar \("att … utses till justerare"\)/,
  });
  await placeholder.waitFor();
  const texts = await panel.getByRole('listitem').allTextContents();
  expect(texts).toContain(
    'MötesuppgifterPlats saknas: protokollet ska ange var sammanträdet hölls.',
  );
  expect(texts).toContain(
    'NärvaroIngen närvarande är antecknad: protokollet ska visa vilka som deltog.',
  );
  // The warning leads to the att-sats itself, not only to the item.
  await placeholder.click();
  await expect.poll(() => page.evaluate(focused)).toEqual([expect.any(String), 'Att-sats 1']);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('att Anna Berg utses till justerare');
  await expect.poll(() => placeholder.count(), { timeout: 10_000 }).toBe(0);

  // Before export, the remaining placeholder (the proposal text) is shown again.
  await page.getByRole('button', { name: 'Exportera PDF', exact: true }).click();
  const check = page.getByRole('dialog', { name: 'Kontrollera innan export' });
  await check.waitFor();
  const listed = await check.getByRole('listitem').allTextContents();
  expect(listed.some((t) => /Texten: platshållaren "…" står kvar/.test(t))).toBe(true);
  expect(listed.some((t) => t.includes('att-sats 1'))).toBe(false);
  await check.getByRole('button', { name: 'Avbryt' }).click();
  expect(app.dialogs.suggestedNames).toEqual([]);
});
