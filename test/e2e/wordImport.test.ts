import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { loadFixture } from '../fixtures/loadFixture';
import { wordMadeNorrbotten } from '../unit/electron/services/wordImport/wordMadeNorrbotten';
import { startApp, type AppHandle } from './harness/startApp';

let app: AppHandle;
let docx: string;
beforeAll(async () => {
  app = await startApp();
  const dir = await mkdtemp(join(tmpdir(), 'paragraf-word-e2e-'));
  docx = join(dir, 'norrbotten.docx');
  await writeFile(docx, await wordMadeNorrbotten(loadFixture()));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', 'word-import.png') });
  }
});
afterAll(async () => {
  await app?.close();
});

const report = () => app.page.getByTestId('import-report');

async function closeReport() {
  await report().getByRole('button', { name: 'Stäng' }).click();
  await expect.poll(() => report().count()).toBe(0);
}

test('a Word protokoll dropped on the window becomes a new draft and its report is shown', async () => {
  const { page } = app;
  const dataTransfer = await page.evaluateHandle((path) => {
    const w = globalThis as unknown as {
      __paragrafFilePaths: WeakMap<object, string>;
      DataTransfer: new () => { items: { add(file: File): void } };
    };
    const file = new File(['PK'], 'norrbotten.docx');
    w.__paragrafFilePaths.set(file, path);
    const dt = new w.DataTransfer();
    dt.items.add(file);
    return dt;
  }, docx);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.getByTestId('file-drop-zone').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  await report().waitFor();
  expect(await report().textContent()).toContain(
    'Bilden ”Kostnader per kommun” kunde inte importeras (§ 49).',
  );
  await closeReport();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toContain('Politisk samverkansberedning');
});

test('Arkiv › Importera Word-protokoll… imports the chosen file as another draft', async () => {
  const { page } = app;
  app.dialogs.nextOpenPath = docx;
  await page.getByRole('button', { name: 'Exportera Word', exact: true }).focus();
  await app.sendMenu('import-word');
  await report().waitFor();
  expect(await report().textContent()).toContain('Word-protokollet är importerat');
  // Tab goes round the report's own controls and never behind it; Esc closes it and the
  // keyboard is back where it was.
  const focused = () => page.locator(':focus').textContent();
  await expect.poll(focused).toBe('Stäng');
  for (const next of [/^Känns igen/, /^Stäng$/, /^Känns igen/]) {
    await page.keyboard.press('Tab');
    await expect.poll(focused).toMatch(next);
  }
  await page.keyboard.press('Shift+Tab');
  await expect.poll(focused).toBe('Stäng');
  await page.keyboard.press('Escape');
  await expect.poll(() => report().count()).toBe(0);
  await expect.poll(focused).toBe('Exportera Word');
  // Two drafts in the library: each import is a new draft.
  await expect
    .poll(
      async () =>
        (await readdir(join(app.libraryDir, 'drafts'))).filter((f) => f.endsWith('.protokoll'))
          .length,
    )
    .toBe(2);
});
