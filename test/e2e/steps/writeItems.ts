import type { Page } from 'playwright-core';
import { focusSlate } from './ui';
import { items, type ScriptItem } from './norrbottenScript';

const label = (index: number) => `§ ${46 + index}`;

/** The template's default items, in the order a new kommunal-nämnd draft has them. */
const TEMPLATE_ITEMS = [
  'Val av justerare',
  'Godkännande av dagordning',
  'Föregående mötesprotokoll',
  'Övriga frågor',
  'Meddelanden',
  'Sammanträdets avslutande',
];

/**
 * Writes the ten items: the template's opening and closing items are kept and filled in, the
 * four matters in between are added with "Nytt ärende" after § 48.
 */
export async function writeItems(page: Page) {
  const added = items.length - TEMPLATE_ITEMS.length;
  for (let i = 0; i < added; i++) {
    const after = 2 + i;
    await page
      .getByRole('navigation', { name: 'Ärendelista' })
      .getByRole('button', { name: new RegExp(`^${label(after)} `) })
      .click();
    await page.getByRole('button', { name: 'Nytt ärende' }).click();
  }
  for (const [index, item] of items.entries()) await writeItem(page, index, item);
}

async function writeItem(page: Page, index: number, item: ScriptItem) {
  const n = label(index);
  await page.getByLabel(`Rubrik för ${n}`, { exact: true }).fill(item.title);
  if (item.paragraphs.length > 0) {
    await focusSlate(page, `Brödtext för ${n}`);
    await page.keyboard.press('Control+A');
    for (const [i, text] of item.paragraphs.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(text);
    }
  }
  if (!item.decision) return;
  const section = page.locator('[data-item-id]').nth(index);
  const intro = section.getByLabel('Beslutsinledning', { exact: true });
  if (!(await intro.isVisible())) {
    await section.getByRole('button', { name: `Lägg till i ${n}` }).click();
    // The menu focuses its first choice; choosing by keyboard avoids waiting for layout to settle.
    await page.getByRole('menuitem', { name: 'Beslut', exact: true }).press('Enter');
  }
  await intro.fill(item.decision.intro);
  for (const [i, text] of item.decision.attSatser.entries()) {
    const field = section.getByLabel(`Att-sats ${i + 1}`, { exact: true });
    if (i > 0 && !(await field.isVisible())) {
      await section.getByLabel(`Att-sats ${i}`, { exact: true }).press('End');
      await page.keyboard.press('Enter');
    }
    await field.fill(text);
  }
}
