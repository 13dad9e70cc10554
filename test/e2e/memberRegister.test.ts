import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { seriousAxeFindings } from './steps/axe';
import { checkExport, flat } from './steps/checkExport';
import { exportVia, openSection, waitUntilSaved } from './steps/ui';
import { MEMBER_LIST_HEADER, memberListRows, toSemicolonCsv } from '../generate/memberList';

let app: AppHandle;
let dir: string;
// The README's pictures: to docs/images/ only with PARAGRAF_UPDATE_SCREENSHOTS=1.
const images = process.env.PARAGRAF_UPDATE_SCREENSHOTS
  ? fileURLToPath(new URL('../../docs/images/', import.meta.url))
  : await mkdtemp(join(tmpdir(), 'paragraf-register-screens-'));
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-register-'));
});
afterAll(async () => {
  await app?.close();
});

const BODY = 'Socialnämnden';
const rows = memberListRows();
const ledamot = (name: string) => rows.find((r) => r[0] === name && r[4] === 'Ledamot')!;
/** The first ersättare of a party in the list's call-in order. */
const firstErsattare = (party: string) =>
  rows.find((r) => r[4] === 'Ersättare' && r[1] === party && r[7] === '1')![0]!;

it('imports a CSV of 13 ledamöter and 13 ersättare, and two ersättare step in with two keystrokes each', async () => {
  const { page } = app;
  // Excel in Sweden: semicolons, Windows-1252.
  const csv = join(dir, 'ledamöter.csv');
  await writeFile(csv, Buffer.from(toSemicolonCsv([MEMBER_LIST_HEADER, ...rows]), 'latin1'));

  await page.getByRole('button', { name: 'Nytt ledamotsregister…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ledamotsregister' });
  await dialog.getByLabel('Organ', { exact: true }).fill(BODY);
  await dialog.getByRole('button', { name: 'Visa register' }).click();
  app.dialogs.nextRegisterPath = csv;
  await dialog.getByRole('button', { name: 'Importera från Excel eller CSV…' }).click();
  await expect
    .poll(() => dialog.getByRole('status').first().textContent())
    .toContain('26 personer importerades: 13 ledamöter och 13 ersättare');
  // A first import has no earlier version to speak of.
  expect(await dialog.getByRole('status').first().textContent()).not.toContain('tidigare');
  await page.screenshot({ path: join(images, 'member-register.png') });
  expect(await seriousAxeFindings(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Stäng', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Ledamotsregister' });
  await expect.poll(() => panel.textContent()).toContain(`${BODY}: 13 ledamöter, 13 ersättare`);
  // A link per organ, without a stray list bullet beside it.
  const entry = panel.getByRole('listitem').first();
  const style = await entry.evaluate(
    (li) =>
      (
        globalThis as unknown as { getComputedStyle(e: unknown): { listStyleType: string } }
      ).getComputedStyle(li).listStyleType,
  );
  expect(style).toBe('none');

  const form = page.getByRole('region', { name: 'Nytt protokoll' });
  await form.getByRole('radio', { name: /Kommunal nämnd/ }).check();
  await form.getByLabel('Organ', { exact: true }).fill(BODY);
  await form.getByLabel('Sammanträdesdatum').fill('2025-03-12');
  await form.getByRole('button', { name: 'Skapa protokoll' }).click();
  await waitUntilSaved(page);
  // The quorum counts the register's ledamöter unless a number is typed for this meeting.
  await openSection(page, 'Mötesuppgifter');
  await expect
    .poll(() => page.getByLabel('Antal ledamöter').getAttribute('placeholder'))
    .toBe('13');
  await openSection(page, 'Närvaro');
  const beslutande = page.getByRole('region', { name: /^Beslutande/ });
  await expect.poll(() => beslutande.locator('tbody tr').count()).toBe(13);
  await expect
    .poll(() => page.getByText('Ingen närvarande är antecknad', { exact: false }).count())
    .toBe(0);

  const absent = ['Erik Lindqvist', 'Lars Nyström'];
  for (const name of absent) {
    const party = ledamot(name)[1]!;
    await page.getByLabel(`Namn (${name})`, { exact: true }).click();
    await page.keyboard.press('Alt+F'); // keystroke 1: frånvarande
    const offer = `Kalla in ${firstErsattare(party)} (${party})`;
    await expect.poll(() => page.locator(':focus').textContent()).toBe(offer);
    if (name === absent[1]) {
      // The register's buttons say aloud what they show (axe: label-content-name-mismatch).
      expect(await seriousAxeFindings(page)).toEqual([]);
      await page.getByRole('region', { name: 'Från ledamotsregistret' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(images, 'member-register-attendance.png') });
    }
    await page.keyboard.press('Enter'); // keystroke 2: the next ersättare serves
    await expect
      .poll(() =>
        page
          .getByLabel(`Ersättare för, ${firstErsattare(party)}`)
          .locator('option:checked')
          .textContent(),
      )
      .toBe(`${name} (${party})`);
    // The keyboard is back in the attendance, on the person after the absent one.
    if (name === absent[0]) {
      await expect
        .poll(() => page.locator(':focus').getAttribute('aria-label'))
        .toBe('Namn (Maria Berg)');
    }
  }
  // A slip in a name is pointed out, with the register's spelling one click away.
  await page.getByLabel('Namn (Maria Berg)', { exact: true }).fill('Maria Bergh');
  const slip = page.getByText('”Maria Bergh” står inte i registret; menar du ”Maria Berg”?');
  await expect.poll(() => slip.count()).toBe(1);
  await page.getByRole('button', { name: 'Använd ”Maria Berg”' }).click();
  await expect.poll(() => slip.count()).toBe(0);
  await expect.poll(() => page.getByLabel('Namn (Maria Berg)', { exact: true }).count()).toBe(1);

  // Anyone else in the register is one click away.
  const second = rows.find((r) => r[4] === 'Ersättare' && r[1] === 'S' && r[7] === '2')![0]!;
  await page.getByRole('button', { name: `Lägg till ${second} (S), ersättare` }).click();
  await expect.poll(() => page.getByLabel(`Namn (${second})`, { exact: true }).count()).toBe(1);
  await waitUntilSaved(page);

  const pdf = join(dir, 'protokoll.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  const { text } = await checkExport(pdf);
  const printed = flat(text);
  for (const name of absent) {
    const party = ledamot(name)[1]!;
    expect(printed).toContain(
      `${firstErsattare(party)} (${party}) ersättare för ${name} (${party})`,
    );
  }
  expect(printed).toMatch(/Frånvarande Erik Lindqvist \(S\), Boden Lars Nyström/i);
});

it('asks before Esc drops unsaved changes in the register, and keeps them when editing goes on', async () => {
  const { page } = app;
  await app.sendMenu('member-register');
  const dialog = page.getByRole('dialog', { name: 'Ledamotsregister' });
  const name = dialog.getByLabel('Namn, Maria Berg', { exact: true });
  await name.fill('Maria Berg Holm');
  const edited = dialog.getByLabel('Namn, Maria Berg Holm', { exact: true });
  // Spara register is in sight without scrolling past all 26 people.
  const saveButton = await dialog.getByRole('button', { name: 'Spara register' }).boundingBox();
  expect(saveButton!.y + saveButton!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  await page.keyboard.press('Escape');
  const question = dialog.getByText('Registret har ändringar som inte är sparade.');
  await question.waitFor();
  await expect.poll(() => page.locator(':focus').textContent()).toBe('Fortsätt redigera');
  await page.keyboard.press('Enter');
  await expect.poll(() => question.count()).toBe(0);
  // Back in the field that was being edited, with the change kept.
  await expect
    .poll(() => page.locator(':focus').getAttribute('aria-label'))
    .toBe('Namn, Maria Berg Holm');
  expect(await edited.inputValue()).toBe('Maria Berg Holm');

  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Släng ändringarna' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await app.sendMenu('member-register');
  await expect.poll(() => name.inputValue()).toBe('Maria Berg');
  // Importing over a stored register says where the replaced one is kept.
  app.dialogs.nextRegisterPath = join(dir, 'ledamöter.csv');
  await dialog.getByRole('button', { name: 'Importera från Excel eller CSV…' }).click();
  await expect
    .poll(() => dialog.getByRole('status').first().textContent())
    .toContain('Den tidigare versionen av registret finns kvar under Tidigare versioner.');
  // Restoring an earlier version over unsaved edits asks first too.
  await name.fill('Maria Bergström');
  await dialog.getByText('Tidigare versioner', { exact: true }).click();
  await dialog
    .getByRole('button', { name: /^Återställ versionen från/ })
    .first()
    .click();
  await question.waitFor();
  await dialog.getByRole('button', { name: 'Fortsätt redigera' }).click();
  expect(await dialog.getByLabel('Namn, Maria Bergström').inputValue()).toBe('Maria Bergström');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Släng ändringarna' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  await app.sendMenu('member-register');
  // The Organ field offers the organs that have a register.
  const offered = dialog.locator('datalist option');
  await expect.poll(() => offered.count()).toBe(1);
  expect(await offered.first().getAttribute('value')).toBe(BODY);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
});
