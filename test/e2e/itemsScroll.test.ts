/**
 * The items editor with the generated 150-item draft: going to items far down by clicking the
 * outline with the mouse, and opening parts from "Lägg till…", without the page jumping.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import type { Protocol } from '../../shared/protocol/protocol';
import { generateLargeProtocol } from '../generate/largeProtocol';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection } from './steps/ui';

/**
 * Sum of every layout shift while clicking (Layout Instability API). Shifts within 500 ms of a
 * click are flagged hadRecentInput and left out of the Web Vitals CLS; they are counted here,
 * because those are exactly the jumps of items mounting after an outline click.
 */
const WATCH_SHIFTS = `(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push(e);
  }).observe({ type: 'layout-shift' });
})()`;
/** Sum of the shifts so far, and of those not right after an input; starts a new sum. */
const TAKE_SHIFTS = `(() => {
  const all = window.__shifts.splice(0);
  const sum = (xs) => xs.reduce((a, e) => a + e.value, 0);
  return { all: sum(all), unprompted: sum(all.filter((e) => !e.hadRecentInput)) };
})()`;
interface Shifts {
  all: number;
  unprompted: number;
}

/** The element's top in the viewport, sampled once per frame over `frames` frames. */
const TOPS_OVER_FRAMES = `(async ([selector, frames]) => {
  const tops = [];
  for (let i = 0; i < frames; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    tops.push(document.querySelector(selector).getBoundingClientRect().top);
  }
  return tops;
})`;

let app: AppHandle;
let protocol: Protocol;
beforeAll(async () => {
  protocol = generateLargeProtocol({ items: 150 });
  const libraryDir = await mkdtemp(join(tmpdir(), 'paragraf-items-scroll-'));
  await createDraftLibrary({ root: libraryDir }).save(protocol);
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

const focusedTitleId = (page: Page) =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: unknown } }).document
      .activeElement as { getAttribute?(n: string): string | null } | null;
    return el?.getAttribute?.('data-item-title') ?? null;
  });

/** The element is inside the viewport, below the sticky top bar. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const viewport = page.viewportSize()!;
  const bar = await page.locator('.topbar').boundingBox();
  const box = await locator.boundingBox();
  return !!box && !!bar && box.y >= bar.y + bar.height - 1 && box.y + box.height <= viewport.height;
}

const titleInView = (page: Page, id: string) =>
  inView(page, page.locator(`[data-item-title="${id}"]`));

test('outline clicks far down land on the item, focus its title, and nothing jumps', async () => {
  const { page } = app;
  await page.locator('.draft-open').first().click();
  await page.waitForSelector('.editor');
  await openSection(page, 'Ärenden');
  await page.waitForSelector('[data-outline-id]');
  await page.evaluate(WATCH_SHIFTS);

  const ids = protocol.items.map((i) => i.id);
  // Far down, back up, to the end and into the middle: each jump crosses items never built.
  for (const index of [60, 110, 35, 149, 90, 20, 130]) {
    const id = ids[index]!;
    await page.click(`[data-outline-id="${id}"]`);
    await expect.poll(() => focusedTitleId(page)).toBe(id);
    expect(await titleInView(page, id)).toBe(true);
    // The target stays put while the items around it are built and measured.
    const tops = (await page.evaluate(
      `${TOPS_OVER_FRAMES}(['[data-item-title="${id}"]', 20])`,
    )) as number[];
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(1);
    expect(await focusedTitleId(page)).toBe(id);
  }

  // A visible jump of one item block (about half the viewport moving by 100 px) scores about
  // 0.05; 0.02 over the whole walk leaves room for a few pixels of rounding, not for a jump.
  const walk = (await page.evaluate(TAKE_SHIFTS)) as Shifts;
  expect(walk.all).toBeLessThan(0.02);

  // Scrolling up with the wheel from an item whose neighbours were never built: they are built
  // and rendered as they come near, above the screen, and the browser's scroll anchoring keeps
  // what is on screen in place, so the title moves by exactly what the wheel scrolled.
  const middle = ids[100]!;
  await page.click(`[data-outline-id="${middle}"]`);
  await expect.poll(() => focusedTitleId(page)).toBe(middle);
  await page.evaluate(TAKE_SHIFTS);
  const titleTop = async () =>
    (await page.locator(`[data-item-title="${middle}"]`).boundingBox())!.y;
  const startTop = await titleTop();
  const text = (await page.locator('.items-text').boundingBox())!;
  await page.mouse.move(text.x + text.width / 2, 500);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -100);
    await page.evaluate(`${TOPS_OVER_FRAMES}(['.items-text', 3])`);
  }
  // Within half a pixel: sub-pixel layout (fractional line heights) may round the anchor.
  await expect.poll(async () => Math.abs((await titleTop()) - (startTop + 600))).toBeLessThan(0.5);
  // Stays there once every item near the screen is built.
  const settled = (await page.evaluate(
    `${TOPS_OVER_FRAMES}(['[data-item-title="${middle}"]', 20])`,
  )) as number[];
  expect(Math.max(...settled) - Math.min(...settled)).toBeLessThanOrEqual(1);
  const wheel = (await page.evaluate(TAKE_SHIFTS)) as Shifts;
  expect(wheel.all).toBeLessThan(0.02);

  // "Lägg till…" on an item far down: the menu entries are clickable and each part appears in view.
  const target = ids[120]!;
  await page.click(`[data-outline-id="${target}"]`);
  await expect.poll(() => focusedTitleId(page)).toBe(target);
  const section = page.locator(`#item-${target}`);
  const label = (await page
    .locator(`[data-outline-id="${target}"] .outline-number`)
    .textContent())!;
  for (let n = 0; n < 3; n++) {
    await page.click(`#item-${target} [aria-label="Lägg till i ${label}"]`);
    const entry = section.getByRole('menuitem').first();
    const part = (await entry.textContent())!;
    await entry.click();
    const heading = section.getByRole('heading', { name: part, exact: true });
    await expect.poll(() => inView(page, heading)).toBe(true);
  }

  // A new part pushes what is below it down, right after the click (the page's answer to it);
  // nothing may move later on its own.
  const parts = (await page.evaluate(TAKE_SHIFTS)) as Shifts;
  expect(parts.unprompted).toBeLessThan(0.02);
});
