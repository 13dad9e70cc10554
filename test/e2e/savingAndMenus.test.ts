import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../electron/services/drafts';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection, waitUntilSaved } from './steps/ui';

// A library that already holds the body's December meeting, as on a secretary's machine.
let app: AppHandle;
const fixture = loadFixture();
beforeAll(async () => {
  const libraryDir = await mkdtemp(join(tmpdir(), 'paragraf-saving-'));
  await createDraftLibrary({ root: libraryDir }).save(fixture);
  app = await startApp({ libraryDir });
});
afterAll(async () => {
  await app?.close();
});

const dirty = () =>
  app.page.evaluate(() => (globalThis as unknown as { __paragrafDirty: boolean }).__paragrafDirty);

it('a new protokoll for the same body continues the numbering and offers known names', async () => {
  const { page } = app;
  const form = page.getByRole('region', { name: 'Nytt protokoll' });
  await form.getByLabel('Organ', { exact: true }).fill(fixture.meeting.body);
  await form.getByLabel('Sammanträdesdatum').fill('2020-12-20');
  await expect.poll(() => form.textContent()).toContain('första § blir 56');
  await form.getByRole('button', { name: 'Skapa protokoll' }).click();
  await expect.poll(() => page.getByLabel('Första nummer').inputValue()).toBe('56');

  await openSection(page, 'Närvaro');
  const options = page.locator('.quick-add datalist option');
  await expect.poll(() => options.count()).toBe(fixture.attendance.people.length);
  const values = await options.evaluateAll((els) =>
    els.map((e) => (e as unknown as { value: string }).value),
  );
  expect(values).toContain('Beatrice Öhman (S), Boden');
  expect(values).toContain('Eva Lakso, Avdelningschef social välfärd, Norrbottnens Kommuner');
});

it('reports unsaved edits to main and saves within a second of typing', async () => {
  const { page } = app;
  await openSection(page, 'Mötesuppgifter');
  await page.getByLabel('Plats', { exact: true }).fill('Stadshuset, sal A');
  expect(await page.getByTestId('save-status').textContent()).toMatch(/^(Ej sparat|Sparar…)$/);
  expect(await dirty()).toBe(true);
  await waitUntilSaved(page);
  expect(await dirty()).toBe(false);
});

it('keeps what was typed when the page reloads at once', async () => {
  const { page } = app;
  await page.getByLabel('Plats', { exact: true }).fill('Stadshuset, sal B');
  await app.reload();
  await page
    .getByRole('row', { name: /2020-12-20/ })
    .locator('.draft-open')
    .click();
  await expect
    .poll(() => page.getByLabel('Plats', { exact: true }).inputValue())
    .toBe('Stadshuset, sal B');
});

it('obeys the menu: save, close, new', async () => {
  const { page } = app;
  await page.getByLabel('Plats', { exact: true }).fill('Stadshuset, sal C');
  await app.sendMenu('save');
  await waitUntilSaved(page);
  await app.sendMenu('close');
  await expect.poll(() => page.locator('.draft-open').count()).toBe(2);
  await app.sendMenu('new');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document
            .activeElement.id,
      ),
    )
    .toBe('new-heading');
});

it('restores an earlier version and a draft from the trash', async () => {
  const { page } = app;
  const row = () => page.getByRole('row', { name: /2020-12-20/ });
  await row()
    .getByRole('button', { name: /^Versioner/ })
    .click();
  const versions = page.getByRole('list', { name: 'Tidigare versioner' });
  await expect.poll(() => versions.getByRole('listitem').count()).toBeGreaterThan(0);
  // Each version says what it changed, not only when it was saved and its size.
  expect(await versions.getByRole('listitem').first().textContent()).toMatch(
    /(ändrad|tillag|borttag|Första sparade versionen|Inga ändringar)/i,
  );
  // The newest earlier version: saved before the last place was typed.
  await versions.getByRole('button', { name: 'Återställ' }).first().click();
  await expect
    .poll(() => page.getByLabel('Plats', { exact: true }).inputValue())
    .toMatch(/^Stadshuset, sal [AB]$/);
  await app.sendMenu('close');

  await row()
    .getByRole('button', { name: /^Ta bort/ })
    .click();
  await expect.poll(() => row().count()).toBe(0);
  await page.getByText(/^Papperskorgen \(1\)/).click();
  await page.getByRole('button', { name: 'Återställ' }).click();
  await expect.poll(() => row().count()).toBe(1);
});

it('reorders people with Alt+arrow keys, keeping the focus on the moved person', async () => {
  const { page } = app;
  await page
    .getByRole('row', { name: /2020-12-20/ })
    .locator('.draft-open')
    .click();
  await openSection(page, 'Närvaro');
  const line = page.getByLabel('Lägg till person', { exact: true });
  for (const person of ['Anna Lundberg, (S), Älvsbyn', 'Linda Frohm, (M), Region Norrbotten']) {
    await line.fill(person);
    await line.press('Enter');
  }
  const order = () =>
    page
      .locator('tr[data-person-id] input[aria-label^="Namn"]')
      .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
  expect(await order()).toEqual(['Anna Lundberg', 'Linda Frohm']);
  await page.getByLabel('Parti, Anna Lundberg').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(order).toEqual(['Linda Frohm', 'Anna Lundberg']);
  const focused = () =>
    page.evaluate(() =>
      (
        globalThis as unknown as {
          document: { activeElement: { getAttribute(n: string): string } };
        }
      ).document.activeElement.getAttribute('aria-label'),
    );
  await expect.poll(focused).toBe('Parti, Anna Lundberg');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(order).toEqual(['Anna Lundberg', 'Linda Frohm']);
});
