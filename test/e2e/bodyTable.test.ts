import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { parseProtocolText } from '../../shared/protocol/parse';
import type { Table } from '../../shared/protocol/richText';
import { tableCellTexts } from '../../shared/protocol/richTextTable';
import { startApp, type AppHandle } from './harness/startApp';
import { seriousAxeFindings } from './steps/axe';
import { checkExport } from './steps/checkExport';
import { exportVia, openSection, waitUntilSaved } from './steps/ui';

const run = promisify(execFile);

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-table-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', 'table.png') });
  }
});
afterAll(async () => {
  await app?.close();
});

/** A paste as Chromium sends it for Ctrl+V (see paste.test.ts). */
const DISPATCH_PASTE = `(html, text) => {
  const target = document.activeElement;
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const clip = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (!target.dispatchEvent(clip)) return;
  target.dispatchEvent(new InputEvent('beforeinput', {
    inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true,
  }));
}`;

async function savedTable(): Promise<Table | undefined> {
  const drafts = join(app.libraryDir, 'drafts');
  const [file] = (await readdir(drafts)).filter((f) => f.endsWith('.protokoll'));
  const loaded = parseProtocolText(await readFile(join(drafts, file!), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.en);
  const item = loaded.value.items.find((i) => i.title === 'Budgetuppföljning');
  return item?.body.find((b): b is Table => b.type === 'table');
}

const layoutLines = async (pdf: string) =>
  (await run('pdftotext', ['-q', '-layout', pdf, '-'], { maxBuffer: 1 << 26 })).stdout
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());

const place = (page: Page) => page.locator('.table-toolbar-place').textContent();

test('a table pasted from Word is a table in the editor, the PDF and the Word file', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Kommunstyrelsen');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await openSection(page, 'Ärenden');
  await page.getByRole('button', { name: 'Nytt ärende' }).click();
  await page.keyboard.type('Budgetuppföljning');
  const section = page.getByRole('region', { name: /Budgetuppföljning$/ });
  const body = section.getByRole('textbox', { name: /^Brödtext för / });
  await body.click();
  await page.waitForFunction(
    'document.getSelection()?.anchorNode && document.activeElement?.contains(document.getSelection().anchorNode)',
  );
  const html = await readFile(
    new URL('../fixtures/paste/word-table.html', import.meta.url),
    'utf8',
  );
  await page.evaluate(`(${DISPATCH_PASTE})(${JSON.stringify(html)}, 'Kostnaderna …')`);

  // A table in the editor, its heading row marked, and the dropped image announced.
  const table = body.locator('table.body-table');
  await expect.poll(() => table.locator('tr').count()).toBe(4);
  expect(await table.getAttribute('data-header-row')).toBe('true');
  expect(await table.locator('tr').nth(1).locator('td').allTextContents()).toEqual([
    'Hjälpmedel & teknik',
    '1 680 000 kr',
    'Redovisas i juni',
  ]);
  await expect
    .poll(() => page.locator('.notice').textContent())
    .toContain('Bilden klistrades inte in.');

  // Tab moves from cell to cell; Tab in the last cell adds a row, as in Word.
  await table.locator('td', { hasText: 'Summa' }).click();
  await expect.poll(() => place(page)).toBe('Rad 4, kolumn 1');
  await page.keyboard.press('Tab');
  await expect.poll(() => place(page)).toBe('Rad 4, kolumn 2');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => place(page)).toBe('Rad 4, kolumn 1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(() => place(page)).toBe('Rad 5, kolumn 1');
  await page.keyboard.type('Reserv');
  await page.keyboard.press('Tab');
  await page.keyboard.type('50 000 kr');

  // The table's toolbar adds and removes a column, and names itself for screen readers.
  const tools = page.getByRole('toolbar', { name: /^Tabell i / });
  await tools.getByRole('button', { name: 'Kolumn till höger' }).click();
  await expect.poll(() => table.locator('tr').first().locator('td').count()).toBe(4);
  // The table and its toolbar pass axe's serious and critical rules.
  expect(await seriousAxeFindings(page)).toEqual([]);
  if (process.env.SCREENSHOT_DIR) {
    await section.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'editor-table.png') });
  }
  // Into the new, empty column, and remove it again.
  await page.keyboard.press('Tab');
  await expect.poll(() => place(page)).toBe('Rad 5, kolumn 3');
  await tools.getByRole('button', { name: 'Ta bort kolumn' }).click();
  await expect.poll(() => table.locator('tr').first().locator('td').count()).toBe(3);

  await waitUntilSaved(page);
  await expect
    .poll(async () => {
      const saved = await savedTable();
      return saved && tableCellTexts(saved).at(-1);
    })
    .toEqual(['Reserv', '50 000 kr', '']);

  // The PDF: a row of the table stays on one line; the check tool passes it.
  const pdf = join(dir, 'tabell.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  const pdfCheck = await checkExport(pdf);
  expect(pdfCheck.report).toContain('RESULT: PASS');
  const lines = await layoutLines(pdf);
  expect(lines).toContain('Verksamhet Budget 2021 Utfall');
  expect(lines).toContain('Hjälpmedel & teknik 1 680 000 kr Redovisas i juni');
  expect(lines).toContain('Reserv 50 000 kr');

  // The Word file: a w:tbl with the heading row repeated, the cell text escaped.
  const docx = join(dir, 'tabell.docx');
  app.dialogs.nextSavePath = docx;
  await exportVia(page, 'Exportera Word', docx);
  const docxCheck = await checkExport(docx);
  expect(docxCheck.report).toContain('RESULT: PASS');
  const xml = (await run('unzip', ['-p', docx, 'word/document.xml'], { maxBuffer: 1 << 26 }))
    .stdout;
  const wordTable = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map((m) => m[0])
    .find((t) => t.includes('Budget 2021'));
  expect(wordTable).toContain('<w:tblHeader/>');
  expect(wordTable).toContain('Hjälpmedel &amp; ');
  expect(wordTable).toContain('Summa &lt;script&gt;');
  expect(wordTable).toContain('Reserv');
});
