import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { removeForbiddenCharacters } from '../../shared/protocol/forbiddenCharacters';
import { protocolWithItems } from '../generate/archive';
import { hostileStrings } from '../generate/hostileText';
import { xlsxViaLibreOffice } from '../unit/electron/services/search/sheetTools';
import { startApp, type AppHandle } from './harness/startApp';
import { seriousAxeFindings } from './steps/axe';

// A library written over four years; the index is built from the files when the app starts.
let app: AppHandle;
let libraryDir: string;
const hostile = hostileStrings(9, 6, 400);

beforeAll(async () => {
  libraryDir = await mkdtemp(join(tmpdir(), 'paragraf-archive-'));
  const library = createDraftLibrary({ root: libraryDir });
  for (const year of [2021, 2022, 2023, 2024]) {
    const filler = Array.from({ length: 6 }, (_, i) => ({
      title: `Ärende ${i + 1} år ${year}`,
      text: 'Förvaltningen redovisar läget.',
      atts: ['att lägga informationen till handlingarna'],
    }));
    const items =
      year === 2021
        ? [
            ...filler,
            {
              title: 'Detaljplan för Norra hamnen',
              dnr: 'BN 2021/0117',
              text: 'Planen har varit utställd för granskning.',
              atts: [
                'att anta detaljplanen för Norra hamnen',
                'att överlämna planen till kommunfullmäktige',
              ],
            },
          ]
        : filler;
    await library.save(
      protocolWithItems(
        { id: `bn-${year}`, body: 'Byggnadsnämnden', date: `${year}-04-1${year - 2020}` },
        items,
      ),
    );
  }
  await library.save(
    protocolWithItems(
      { id: 'hostile', body: 'Kommunstyrelsen', date: '2024-06-01' },
      hostile.map((title, i) => ({ title: `Fientlig ${i} ${title}`, atts: [`att ${title}`] })),
    ),
  );
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

const searchBox = () => app.page.getByRole('combobox', { name: 'Sök i alla protokoll' });
const options = () => app.page.getByRole('listbox', { name: 'Träffar' }).getByRole('option');

it('finds, as you type, the § of a protokoll three years older and opens it at the item', async () => {
  const { page } = app;
  await searchBox().click();
  await page.keyboard.type('detaljplan', { delay: 20 });
  await expect.poll(() => options().count()).toBe(1);
  const hit = options().first();
  const text = (await hit.textContent()) ?? '';
  expect(text).toContain('Byggnadsnämnden');
  expect(text).toContain('2021-04-11');
  expect(text).toContain('§ 7');
  expect(await hit.locator('mark').allTextContents()).toContain('detaljplanen');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => hit.getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('main[aria-label="Ärenden"]').count()).toBe(1);
  // The editor shows Ärenden with the item active, focused and in view (a justerat protokoll is
  // read-only, so the focus is on the item rather than its title field).
  await expect
    .poll(() =>
      page.evaluate(`(() => {
        const item = document.activeElement?.closest('[data-item-id]');
        const box = item?.getBoundingClientRect();
        const inView = !!box && box.top < window.innerHeight && box.bottom > 0;
        return item?.getAttribute('data-item-id') + ' ' + item?.classList.contains('active') + ' ' + inView;
      })()`),
    )
    .toBe('i7 true true');
  expect(await page.locator('[data-item-title="i7"]').inputValue()).toBe(
    'Detaljplan för Norra hamnen',
  );
});

it('Ctrl+Shift+F goes from the editor to the search field', async () => {
  const { page } = app;
  await page.keyboard.press('Control+Shift+F');
  await expect
    .poll(() => page.evaluate("document.activeElement?.getAttribute('role')"))
    .toBe('combobox');
});

it('shows hostile titles as text: no markup runs, the list stays whole', async () => {
  const { page } = app;
  await searchBox().fill('fientlig');
  await expect.poll(() => options().count()).toBe(hostile.length);
  expect(await page.locator('.search-hits img, .search-hits script, .search-hits b').count()).toBe(
    0,
  );
  const titles = await page.locator('.search-hit-title').allTextContents();
  for (const [i, title] of hostile.entries()) {
    // The browser shows the text as typed (React text nodes), up to whitespace and the
    // characters no document may hold, which are removed when a file is loaded.
    const shown = titles.find((t) => t.startsWith(`Fientlig ${i} `)) ?? '';
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(
      removeForbiddenCharacters(`Fientlig ${i} ${title}`).replace(/\s+/g, ' ').trim(),
    );
  }
  await searchBox().fill('');
});

it('has no serious accessibility findings with results and the register shown', async () => {
  const { page } = app;
  await searchBox().fill('ärende');
  await expect.poll(() => options().count()).toBeGreaterThan(3);
  await page.keyboard.press('ArrowDown');
  await page.getByRole('button', { name: 'Visa beslutsregistret' }).click();
  await expect.poll(() => page.locator('.register-table tbody tr').count()).toBeGreaterThan(0);
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.getByRole('button', { name: 'Dölj beslutsregistret' }).click();
  await searchBox().fill('');
});

it('exports the Beslutsregister as an XLSX that LibreOffice opens with every row', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Visa beslutsregistret' }).click();
  await expect
    .poll(() => page.locator('.register-table tbody tr').count())
    .toBe(4 * 6 + 1 + hostile.length);
  const out = join(libraryDir, '..', `register-${Date.now()}.xlsx`);
  app.dialogs.nextSavePath = out;
  await page.getByRole('button', { name: 'Exportera Excel (XLSX)' }).click();
  await expect.poll(() => page.getByText('Beslutsregistret är exporterat').count()).toBe(1);
  const rows = xlsxViaLibreOffice(out);
  expect(rows).toHaveLength(1 + 4 * 6 + 1 + hostile.length);
  const plan = rows.find((r) => r[3] === 'Detaljplan för Norra hamnen');
  expect(plan?.slice(0, 3)).toEqual(['Byggnadsnämnden', '2021-04-11', '§ 7']);
  expect(plan?.[5]).toContain('att anta detaljplanen för Norra hamnen');
});
