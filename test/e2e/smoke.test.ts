import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

test('a new protokoll is saved to the library and listed after a reload', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Kommunstyrelsen');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await page.getByLabel('Plats', { exact: true }).fill('Stadshuset, sal A');
  await expect
    .poll(() => page.getByTestId('save-status').textContent())
    .toMatch(/^Sparat \d\d\.\d\d$/);
  await app.reload();
  await page.getByRole('button', { name: 'Kommunstyrelsen', exact: true }).click();
  await expect
    .poll(() => page.getByLabel('Plats', { exact: true }).inputValue())
    .toBe('Stadshuset, sal A');
});
