import type { Page } from 'playwright-core';
import { people, subgroups } from './norrbottenScript';

/** Enters the whole attendance through the one-line fast entry, as a secretary would. */
export async function enterAttendance(page: Page) {
  for (const s of subgroups) {
    const field = page.getByLabel(`Ny undergrupp i ${s.group}`);
    await field.fill(s.subgroup);
    await field.press('Enter');
  }
  const line = page.getByLabel('Lägg till person', { exact: true });
  for (const p of people) {
    await page.getByLabel('Grupp', { exact: true }).selectOption({ label: p.group });
    const sub = page.getByLabel('Undergrupp', { exact: true });
    if (p.subgroup) await sub.selectOption({ label: p.subgroup });
    else if (await sub.isVisible()) await sub.selectOption({ label: 'Ingen' });
    await line.fill(p.line);
    await line.press('Enter');
  }
}
