/** Moving items by dragging the grip in their title row, in the text column, with the mouse. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection } from './steps/ui';

let app: AppHandle;
beforeAll(async () => {
  // Tall enough for the six items of a new protokoll, so a drag needs no scrolling.
  app = await startApp({ viewport: { width: 1400, height: 2400 } });
});
afterAll(async () => {
  await app?.close();
});

/** "§ n Title" of every item as the text column shows them, top to bottom. */
async function textColumn(page: Page): Promise<string[]> {
  const sections = page.locator('.items-text > .item');
  const n = await sections.count();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    // The heading reads "§ n Title" (the title part for screen readers).
    const heading = await sections.nth(i).locator('.item-number').first().textContent();
    out.push((heading ?? '').replace(/\s+/g, ' ').trim());
  }
  return out;
}

async function outlineEntries(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Ärendelista' });
  const numbers = await nav.locator('.outline-number').allTextContents();
  const titles = await nav.locator('.outline-title').allTextContents();
  return numbers.map((n, i) => `${n} ${titles[i]}`);
}

const grip = (page: Page, title: string) =>
  page
    .locator('.items-text > .item', { has: page.locator(`input[value="${title}"]`) })
    .locator('.drag-handle');
const section = (page: Page, title: string) =>
  page.locator('.items-text > .item', { has: page.locator(`input[value="${title}"]`) });

/**
 * Presses the mouse on the grip of the item titled `from`, moves it in steps (as a hand does)
 * and releases it over the top or the bottom of the item titled `onto`, over its text.
 */
async function drag(page: Page, from: string, onto: string, where: 'top' | 'bottom') {
  const g = (await grip(page, from).boundingBox())!;
  const t = (await section(page, onto).boundingBox())!;
  await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
  await page.mouse.down();
  await page.mouse.move(g.x + 10, g.y + 10, { steps: 3 });
  const y = where === 'top' ? t.y + 12 : t.y + t.height - 30;
  await page.mouse.move(t.x + t.width / 2, y, { steps: 8 });
  await page.mouse.up();
}

test('an item dragged by its title-row grip moves in the text and the outline, numbers follow', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Kulturnämnden');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await page.getByLabel('Första nummer').fill('10');
  await openSection(page, 'Ärenden');
  const before = [
    '§ 10 Val av justerare',
    '§ 11 Godkännande av dagordning',
    '§ 12 Föregående mötesprotokoll',
    '§ 13 Övriga frågor',
    '§ 14 Meddelanden',
    '§ 15 Sammanträdets avslutande',
  ];
  expect(await textColumn(page)).toEqual(before);
  const body = page.getByRole('textbox', { name: 'Brödtext för § 10' });
  const bodyText = await body.textContent();

  // "Meddelanden" onto the upper half of the first item: it goes first.
  await drag(page, 'Meddelanden', 'Val av justerare', 'top');
  const moved = [
    '§ 10 Meddelanden',
    '§ 11 Val av justerare',
    '§ 12 Godkännande av dagordning',
    '§ 13 Föregående mötesprotokoll',
    '§ 14 Övriga frågor',
    '§ 15 Sammanträdets avslutande',
  ];
  await expect.poll(() => textColumn(page)).toEqual(moved);
  expect(await outlineEntries(page)).toEqual(moved);

  // "Val av justerare" onto the lower half of "Övriga frågor", dropped over its body text: it
  // lands after it, and no text is dropped into the body under the pointer.
  await drag(page, 'Val av justerare', 'Övriga frågor', 'bottom');
  const after = [
    '§ 10 Meddelanden',
    '§ 11 Godkännande av dagordning',
    '§ 12 Föregående mötesprotokoll',
    '§ 13 Övriga frågor',
    '§ 14 Val av justerare',
    '§ 15 Sammanträdets avslutande',
  ];
  await expect.poll(() => textColumn(page)).toEqual(after);
  expect(await outlineEntries(page)).toEqual(after);
  expect(await page.getByRole('textbox', { name: 'Brödtext för § 14' }).textContent()).toBe(
    bodyText,
  );
  // No drop line is left behind.
  expect(await page.locator('.item.drop-before, .item.drop-after').count()).toBe(0);
});
