import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';

const run = promisify(execFile);

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
  // Counts every pointer event the page receives: the test must not cause any.
  await app.page.evaluate(`(() => {
    window.__pointerEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'contextmenu']) {
      window.addEventListener(type, () => window.__pointerEvents++, true);
    }
  })()`);
});
afterAll(async () => {
  await app?.close();
});

/** How the focused element presents itself: its accessible name, roughly as a screen reader says it. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return '';
  const labelled = el.getAttribute('aria-labelledby');
  const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
  return (el.getAttribute('aria-label') || byId || label || el.textContent || '').replace(/\\s+/g, ' ').trim();
})()`;

const focused = (page: Page) => page.evaluate(FOCUSED) as Promise<string>;

/** Presses Tab until the focus is on the element with that name (at most 80 times). */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 80; i++) {
    if (name.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}; focus is on "${await focused(page)}"`);
}

/** The focused element shows a visible focus indicator (an outline or a box shadow). */
const FOCUS_VISIBLE = `(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return el.matches(':focus-visible') && (
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none'
  );
})()`;

async function outlineOrder(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: 'Ärendelista' })
    .locator('.outline-title')
    .allTextContents();
}

test('keyboard only: create a protokoll, add two items, move one, export', async () => {
  const { page } = app;
  await tabTo(page, /^Organ/);
  expect(await page.evaluate(FOCUS_VISIBLE)).toBe(true);
  await page.keyboard.type('Byggnadsnämnden');
  await tabTo(page, /^Skapa protokoll$/);
  expect(await page.evaluate(FOCUS_VISIBLE)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Delar av protokollet' }).waitFor();

  // Ctrl+Alt+N: a new item, focus on its title.
  await page.keyboard.press('Control+Alt+n');
  await expect.poll(() => focused(page)).toMatch(/Rubrik|Titel|ärende/i);
  await page.keyboard.type('Detaljplan för Kvarteret Linden');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => focused(page)).toMatch(/Rubrik|Titel|ärende/i);
  await page.keyboard.type('Bygglov för förskola');
  const before = await outlineOrder(page);
  const linden = before.indexOf('Detaljplan för Kvarteret Linden');
  expect(before[linden + 1]).toBe('Bygglov för förskola');

  // Alt+Shift+↑ moves the item the focus is in above the previous one.
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect
    .poll(() => outlineOrder(page))
    .toEqual([
      ...before.slice(0, linden),
      'Bygglov för förskola',
      'Detaljplan för Kvarteret Linden',
      ...before.slice(linden + 2),
    ]);

  // Next and previous item.
  await page.keyboard.press('Control+Alt+ArrowDown');
  await expect
    .poll(() => page.evaluate('document.activeElement?.value ?? ""'))
    .toBe('Detaljplan för Kvarteret Linden');
  await page.keyboard.press('Alt+PageUp');
  await expect
    .poll(() => page.evaluate('document.activeElement?.value ?? ""'))
    .toBe('Bygglov för förskola');

  // The shortcut list opens with F1 and closes with Escape, giving the focus back.
  await page.keyboard.press('F1');
  const list = page.getByRole('dialog', { name: 'Kortkommandon' });
  await list.waitFor();
  expect(await list.getByText('Nytt ärende').count()).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect.poll(() => list.count()).toBe(0);
  expect(await page.evaluate('document.activeElement?.value ?? ""')).toBe('Bygglov för förskola');

  // Ctrl+E exports; the check dialog lists the warnings with the focus on "Exportera ändå".
  const pdf = join(await mkdtemp(join(tmpdir(), 'paragraf-keyboard-')), 'export.pdf');
  app.dialogs.nextSavePath = pdf;
  await page.keyboard.press('Control+e');
  const check = page.getByRole('dialog', { name: 'Kontrollera innan export' });
  await check.waitFor();
  expect(await focused(page)).toBe('Exportera ändå');
  expect(await page.evaluate(FOCUS_VISIBLE)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByText(`Exporterat till ${pdf}`).waitFor({ timeout: 120_000 });

  const text = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, ' ');
  const moved = text.indexOf('Bygglov för förskola');
  expect(moved).toBeGreaterThan(-1);
  expect(text.indexOf('Detaljplan för Kvarteret Linden')).toBeGreaterThan(moved);
  expect(await page.evaluate('window.__pointerEvents')).toBe(0);
});

test('Ctrl+Alt+A goes to the attendance with the focus in its first field', async () => {
  const { page } = app;
  await page.keyboard.press('Control+Alt+a');
  await expect
    .poll(() =>
      page.evaluate('document.activeElement?.closest("main")?.getAttribute("aria-label")'),
    )
    .toBe('Närvaro');
  expect(await page.evaluate(FOCUS_VISIBLE)).toBe(true);
  expect(await page.evaluate('window.__pointerEvents')).toBe(0);
});

test('Word block shortcuts in an item body: bulleted list, numbered list, heading, normal', async () => {
  const { page } = app;
  await page.keyboard.press('Alt+3');
  await tabTo(page, /^Brödtext för /);
  const name = await focused(page);
  const toolbar = page.getByRole('toolbar', {
    name: name.replace('Brödtext för', 'Formatering av'),
  });
  const pressed = (tool: string) =>
    toolbar.getByRole('button', { name: tool }).getAttribute('aria-pressed');
  await page.keyboard.type('Första punkten');
  await page.keyboard.press('Control+Shift+L');
  await expect.poll(() => pressed('Punktlista')).toBe('true');
  await page.keyboard.press('Control+Shift+7');
  await expect.poll(() => pressed('Numrerad lista')).toBe('true');
  expect(await pressed('Punktlista')).toBe('false');
  await page.keyboard.press('Control+Shift+N');
  await expect.poll(() => pressed('Numrerad lista')).toBe('false');
  await page.keyboard.press('Control+Alt+1');
  await expect.poll(() => pressed('Rubrik')).toBe('true');
  expect(await page.evaluate('window.__pointerEvents')).toBe(0);
});
