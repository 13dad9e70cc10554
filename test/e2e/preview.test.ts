import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { exportVia, openSection } from './steps/ui';

const run = promisify(execFile);

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/**
 * A page's text without white space: pdf.js and poppler split runs into words differently
 * (a thin space after "§"), but the characters and their order in the content stream agree.
 */
const glyphs = (text: string) => text.replace(/\s+/g, '');

async function pdfPages(file: string): Promise<string[]> {
  const info = (await run('pdfinfo', [file])).stdout;
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pages: string[] = [];
  for (let n = 1; n <= count; n++) {
    pages.push((await run('pdftotext', ['-raw', '-f', `${n}`, '-l', `${n}`, file, '-'])).stdout);
  }
  return pages;
}

/** Reads every page the preview shows, going forward with "Nästa sida". */
async function previewPages(page: Page): Promise<{ position: string[]; texts: string[] }> {
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranskning' });
  const position = dialog.getByTestId('preview-position');
  await expect.poll(() => position.textContent(), { timeout: 60_000 }).toMatch(/^Sida 1 av \d+$/);
  const total = Number(/av (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
  const positions: string[] = [];
  const texts: string[] = [];
  for (let n = 1; n <= total; n++) {
    await expect.poll(() => position.textContent()).toBe(`Sida ${n} av ${total}`);
    await dialog.locator('figure[data-rendered="true"]').waitFor();
    positions.push((await position.textContent()) ?? '');
    texts.push((await dialog.getByTestId('preview-page-text').textContent()) ?? '');
    if (n < total) await dialog.getByRole('button', { name: /Nästa sida/ }).click();
  }
  expect(await dialog.getByRole('button', { name: /Nästa sida/ }).isDisabled()).toBe(true);
  return { position: positions, texts };
}

test('the preview shows the same pages and text as the exported PDF', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Socialnämnden');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await page.getByLabel('Plats', { exact: true }).fill('Stadshuset, sal B');
  await openSection(page, 'Ärenden');
  // Enough text for several pages.
  for (const title of ['Hemtjänstens organisation', 'Budgetuppföljning', 'Lokalförsörjning']) {
    await page.getByRole('button', { name: 'Nytt ärende' }).click();
    await page.keyboard.type(title);
    const body = page
      .getByRole('region', { name: new RegExp(`${title}$`) })
      .getByRole('textbox', { name: /^Brödtext för / });
    await body.click();
    const paragraphs = Array.from(
      { length: 12 },
      (_, i) =>
        `Stycke ${i + 1} om ${title.toLowerCase()}: förvaltningen redovisar läget och nämnden diskuterar åtgärder inför nästa år.`,
    );
    await page.keyboard.insertText(paragraphs.join(' '));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Slut på ärendet.');
  }

  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const shown = await previewPages(page);
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'preview.png') });
  }
  await page.getByRole('button', { name: 'Stäng förhandsgranskningen' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

  const pdf = join(await mkdtemp(join(tmpdir(), 'paragraf-preview-')), 'export.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  const exported = await pdfPages(pdf);

  expect(shown.texts.length).toBeGreaterThan(1);
  expect(shown.texts.length).toBe(exported.length);
  shown.texts.forEach((text, i) => {
    expect(glyphs(text), `page ${i + 1}`).toBe(glyphs(exported[i]!));
  });
  expect(glyphs(shown.texts.join(''))).toContain(glyphs('Stycke 12 om lokalförsörjning'));
  expect(shown.position.at(-1)).toBe(`Sida ${exported.length} av ${exported.length}`);
});

/** In the page: logs the preview's two PDF requests and the moment page 1 is first drawn. */
const WATCH_PREVIEW_ORDER = `(() => {
  const log = (window.__previewLog = []);
  const exporter = window.paragraf.export;
  for (const name of ['previewFirstPage', 'previewPdf']) {
    const call = exporter[name].bind(exporter);
    exporter[name] = (...args) => {
      log.push(name);
      return call(...args);
    };
  }
  new MutationObserver(() => {
    const drawn = document.querySelector('.preview-dialog figure[data-rendered="true"]');
    if (drawn && !log.includes('page 1 drawn')) log.push('page 1 drawn');
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;

test('the whole PDF is asked for once the quick page 1 is drawn, not while pdf.js draws it', async () => {
  const { page } = app;
  await page.evaluate(WATCH_PREVIEW_ORDER);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranskning' });
  await expect
    .poll(() => dialog.getByTestId('preview-position').textContent(), { timeout: 60_000 })
    .toMatch(/^Sida 1 av \d+$/);
  const log = (await page.evaluate('window.__previewLog')) as string[];
  // The quick page may be asked for twice (the dialog's effect can run twice as it opens; main
  // prints it once), the whole PDF once, and only after page 1 is on screen.
  expect(log.filter((entry) => entry === 'previewPdf')).toEqual(['previewPdf']);
  expect(log.indexOf('page 1 drawn')).toBeGreaterThan(log.lastIndexOf('previewFirstPage'));
  expect(log.indexOf('previewPdf')).toBeGreaterThan(log.indexOf('page 1 drawn'));
  await page.getByRole('button', { name: 'Stäng förhandsgranskningen' }).click();
});
