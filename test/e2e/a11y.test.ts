import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection } from './steps/ui';

const require = createRequire(import.meta.url);

let app: AppHandle;
let axeSource: string;
beforeAll(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core with its default rules (WCAG 2.x A and AA and best practices; not the
 * experimental ones) on what the page shows and returns the serious and critical findings. Evaluated through the DevTools protocol, which the
 * app's CSP (no inline scripts) does not restrict.
 */
async function seriousFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as Finding[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`,
      ),
    );
}

test('start screen, editor sections, preview and dialogs have no serious or critical axe findings', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Skapa protokoll' }).waitFor();
  expect(await seriousFindings(page), 'start screen').toEqual([]);

  await page.getByLabel('Organ', { exact: true }).first().fill('Kultur- och fritidsnämnden');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await page.getByLabel('Plats', { exact: true }).waitFor();
  expect(await seriousFindings(page), 'meeting details').toEqual([]);

  await openSection(page, 'Närvaro');
  const quickAdd = page.getByRole('combobox', { name: 'Lägg till person', exact: true }).first();
  await quickAdd.fill('Beatrice Öhman, (S), Boden, ordförande');
  await quickAdd.press('Enter');
  expect(await seriousFindings(page), 'attendance').toEqual([]);

  await openSection(page, 'Ärenden');
  await page.getByRole('button', { name: 'Nytt ärende' }).click();
  await page.keyboard.type('Föreningsbidrag 2021');
  expect(await seriousFindings(page), 'items').toEqual([]);

  await openSection(page, 'Underskrifter');
  expect(await seriousFindings(page), 'signatures').toEqual([]);

  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('dialog', { name: 'Förhandsgranskning' });
  await preview.locator('figure[data-rendered="true"]').waitFor({ timeout: 60_000 });
  expect(await seriousFindings(page), 'preview').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await page.getByRole('dialog', { name: 'Kortkommandon' }).waitFor();
  expect(await seriousFindings(page), 'shortcut list').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+e');
  await page.getByRole('dialog', { name: 'Kontrollera innan export' }).waitFor();
  expect(await seriousFindings(page), 'export check').toEqual([]);
  await page.getByRole('button', { name: 'Avbryt' }).click();
});
