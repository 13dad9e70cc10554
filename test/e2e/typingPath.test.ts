import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { focusSlate, openSection } from './steps/ui';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await app?.close();
});

/** The focused element's accessible name (label, aria-label or text). */
const focusedName = (page: Page) =>
  page.evaluate(`(() => {
    const el = document.activeElement;
    return (el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
  })()`) as Promise<string>;

test('typing fields follow each other: no delete button in the Tab path, focus moves to what was added, menus fit 768 px', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Miljönämnden');
  await page.getByLabel('Sammanträdesdatum', { exact: true }).first().fill('2026-03-12');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await openSection(page, 'Ärenden');

  // From the title, Tab goes through the item's fields to its text without a destructive button.
  await page.getByLabel('Rubrik för § 1', { exact: true }).click();
  const path: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    path.push(await focusedName(page));
    if (path.at(-1)!.startsWith('Brödtext')) break;
  }
  expect(path.at(-1)).toBe('Brödtext för § 1');
  expect(path.filter((n) => /Ta bort|Tillagt ärende/.test(n))).toEqual([]);

  // From the text, Tab reaches the decision's intro, not "Ta bort beslut".
  await focusSlate(page, 'Brödtext för § 1');
  await page.keyboard.press('Tab');
  const next = await focusedName(page);
  expect(next).not.toMatch(/Ta bort/);

  // "Lägg till…" puts the focus in the part it added.
  const item = page.locator('section.item').first();
  await item.getByRole('button', { name: /^Lägg till i § 1/ }).click();
  const menu = item.getByRole('menu');
  const box = (await menu.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  await menu.getByRole('menuitem', { name: /Yrkanden och propositionsordning/ }).click();
  await expect.poll(() => focusedName(page)).toMatch(/^Yrkande 1 av/);
  // "Nytt yrkande" too.
  await page.keyboard.type('Anna Berg (S)');
  await item.getByRole('button', { name: 'Nytt yrkande' }).click();
  await expect.poll(() => focusedName(page)).toMatch(/^Yrkande 2 av/);

  // The F1 list fits the window.
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog').filter({ hasText: 'Kortkommandon' });
  await dialog.waitFor();
  const d = (await dialog.boundingBox())!;
  expect(d.y).toBeGreaterThanOrEqual(0);
  expect(d.y + d.height).toBeLessThanOrEqual(768);
  expect(d.x + d.width).toBeLessThanOrEqual(1366);
});
