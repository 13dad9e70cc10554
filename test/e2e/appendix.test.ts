import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { exportVia, openSection } from './steps/ui';

const run = promisify(execFile);
const FIXTURE = fileURLToPath(
  new URL('../fixtures/norrbotten-2020-12-16.protokoll', import.meta.url),
);

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-appendix-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', 'appendix.png') });
  }
});
afterAll(async () => {
  await app?.close();
});

async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

/** A PDF of `pages` pages, each saying which page of the appendix it is. */
async function appendixPdf(name: string, pages: number): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    doc.addPage([595, 842]).drawText(`Budgetbilaga sida ${n}`, { x: 72, y: 760, size: 18, font });
  }
  const path = join(dir, name);
  await writeFile(path, await doc.save());
  return path;
}

async function exportPdf(name: string): Promise<string> {
  const out = join(dir, name);
  app.dialogs.nextSavePath = out;
  await exportVia(app.page, 'Exportera PDF', out);
  return out;
}

test('an appendix PDF is picked with "Välj PDF…" and appended to the export; a missing one is named', async () => {
  const { page } = app;
  app.dialogs.nextOpenPath = FIXTURE;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  const without = await pageCount(await exportPdf('utan-bilaga.pdf'));

  await openSection(page, 'Ärenden');
  await page
    .getByRole('navigation', { name: 'Ärendelista' })
    .getByText('Medicinskt förbrukningsmaterial')
    .click();
  const item = page.getByRole('region', { name: /^§ 49 / });
  await item.getByRole('button', { name: 'Lägg till i § 49' }).click();
  await page.getByRole('menuitem', { name: 'Bilagor' }).click();
  const part = item.getByRole('region', { name: 'Bilagor' });

  // Cancelling the dialog changes nothing; the path cannot be typed (a typed path grants nothing).
  await part.getByRole('button', { name: 'Välj PDF… för bilaga 1' }).click();
  expect(await part.getByLabel('Bilaga 1, fil (PDF)').inputValue()).toBe('');
  expect(await part.getByLabel('Bilaga 1, fil (PDF)').isEditable()).toBe(false);

  const pdf = await appendixPdf('budget_2021 underlag.pdf', 3);
  app.dialogs.nextAppendixPath = pdf;
  await part.getByRole('button', { name: 'Välj PDF… för bilaga 1' }).click();
  await expect.poll(() => part.getByLabel('Bilaga 1, fil (PDF)').inputValue()).toBe(pdf);
  // The default title "Bilaga 1" gives way to one from the file name.
  expect(await part.getByLabel('Bilaga 1, rubrik').inputValue()).toBe('Budget 2021 underlag');
  if (process.env.SCREENSHOT_DIR) {
    await item.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'appendix-part.png') });
  }

  const withAppendix = await exportPdf('med-bilaga.pdf');
  expect(await pageCount(withAppendix)).toBe(without + 3);
  const { stdout: lastPage } = await run('pdftotext', [
    '-f',
    String(without + 3),
    withAppendix,
    '-',
  ]);
  expect(lastPage).toContain('Budgetbilaga sida 3');

  // The file is moved away before the next export: the export stops and says which file.
  await rm(pdf);
  const out = join(dir, 'saknad.pdf');
  app.dialogs.nextSavePath = out;
  await page.getByRole('button', { name: 'Exportera PDF', exact: true }).click();
  const notice = page.locator('.notice-area');
  await expect
    .poll(() => notice.textContent(), { timeout: 60_000 })
    .toContain('Bilagan kunde inte läsas: Budget 2021 underlag.');
  expect(await page.locator('.notice-error').count()).toBe(1);
});

test('a page that names a PDF nobody chose gets it refused, with the same message as a missing one', async () => {
  const secret = await appendixPdf('hemlig.pdf', 1);
  const results = await app.page.evaluate(
    async ({ secret }) => {
      type Result = { value?: unknown; error?: unknown };
      type Call = (payload?: unknown) => Promise<Result>;
      const api = (globalThis as unknown as { paragraf: Record<string, Record<string, Call>> })
        .paragraf;
      const [summary] = (await api.drafts!.list!()).value as Array<{ id: string }>;
      const loaded = (await api.drafts!.load!(summary!.id)).value as {
        protocol: { items: object[] };
      };
      const protocol = loaded.protocol;
      const naming = (file: string) => ({
        ...protocol,
        items: protocol.items.map((item: object, i: number) =>
          i === 0 ? { ...item, appendices: [{ id: 'b1', title: 'X', file }] } : item,
        ),
      });
      const out = [];
      for (const file of [secret, `${secret}.finns-inte`, '/dev/zero', '/etc/passwd']) {
        out.push((await api.export!.previewPdf!(naming(file))).error);
      }
      return out;
    },
    { secret },
  );
  for (const error of results) {
    expect(error).toEqual({
      code: 'appendix-unreadable',
      en: 'appendix "X" could not be read',
      sv: 'Bilagan kunde inte läsas: X.',
    });
  }
});
