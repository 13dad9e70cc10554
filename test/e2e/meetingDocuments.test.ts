import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { CommandId } from '../../shared/commands';
import { startApp, type AppHandle } from './harness/startApp';
import { exportVia, openSection, waitExported, waitUntilSaved } from './steps/ui';

const run = promisify(execFile);
const ORGAN = 'Socialnämnden';

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-meeting-docs-e2e-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await app.page.screenshot({
      path: join(tmpdir(), 'paragraf-e2e-failures', 'meeting-documents.png'),
    });
  }
});
afterAll(async () => {
  await app?.close();
});

const pdfText = async (pdf: string) =>
  (await run('pdftotext', [pdf, '-'])).stdout.replace(/[\s\u00a0]+/g, ' ');

/** "§ 3 a Titel" as pdftotext may give it: spaces in the number ("§3a") are sometimes lost. */
const printed = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' ?'));

/** Whether the element has the keyboard focus. */
const isFocused = (locator: Locator) =>
  locator.evaluate((el) => (el as unknown as { matches(s: string): boolean }).matches(':focus'));

/** Exports through a menu command of the outputs table into `name`; returns the PDF's text. */
async function exportFromMenu(command: CommandId, name: string): Promise<string> {
  const pdf = join(dir, name);
  app.dialogs.nextSavePath = pdf;
  await app.sendMenu(command);
  await waitExported(app.page, pdf);
  return pdfText(pdf);
}

test('kallelse → protokoll → justerat → anslagsbevis → utdrag', async () => {
  const { page } = app;

  // Ny kallelse from the start screen.
  const form = page.getByRole('region', { name: 'Nytt protokoll' });
  await form.getByRole('radio', { name: /Kommunal nämnd/ }).check();
  await form.getByLabel('Organ', { exact: true }).fill(ORGAN);
  await form.getByLabel('Sammanträdesdatum').fill('2025-03-12');
  await form.getByRole('button', { name: 'Ny kallelse' }).click();
  const kallelseBanner = page.getByRole('status').filter({ hasText: 'Det här är en kallelse' });
  await expect.poll(() => kallelseBanner.isVisible()).toBe(true);
  await page.getByLabel('Plats', { exact: true }).fill('Kommunhuset, sal A');
  await waitUntilSaved(page);

  const kallelse = await exportFromMenu('export-kallelse-pdf', 'kallelse.pdf');
  expect(kallelse).toContain('Kallelse');
  expect(kallelse).toContain('Föredragningslista');
  expect(kallelse).toContain('Kommunhuset, sal A');
  expect(kallelse).toContain('Val av justerare');
  expect(kallelse).toMatch(/Sida 1 av \d/);

  // A kallelse has no decisions yet: the protokoll is not made from it, the top bar offers the kallelse.
  await app.sendMenu('export-pdf');
  await expect
    .poll(() => page.getByText(/^Det här är en kallelse\. Protokoll kan göras först/).isVisible())
    .toBe(true);
  const viaTopBar = join(dir, 'kallelse-topbar.pdf');
  app.dialogs.nextSavePath = viaTopBar;
  await exportVia(page, 'Exportera PDF', viaTopBar);
  expect(app.dialogs.suggestedNames.at(-1)).toMatch(/kallelse/i);
  expect(await pdfText(viaTopBar)).toContain('Föredragningslista');

  // Gör protokoll av kallelsen; an item added now is marked and numbered with a letter.
  await kallelseBanner.getByRole('button', { name: 'Gör protokoll av kallelsen' }).click();
  await page
    .getByRole('dialog', { name: 'Gör protokoll av kallelsen' })
    .getByRole('button', { name: 'Gör protokoll' })
    .click();
  await expect.poll(() => kallelseBanner.count()).toBe(0);
  await openSection(page, 'Ärenden');
  await page.getByRole('button', { name: 'Nytt ärende' }).click();
  const added = page.getByRole('heading', { name: /^§ \d+ a/ });
  await expect.poll(() => added.count()).toBe(1);
  const addedLabel = ((await added.textContent()) ?? '').match(/^§ \d+ a/)![0];
  await page.getByLabel(`Rubrik för ${addedLabel}`, { exact: true }).fill('Extra ärende');
  await waitUntilSaved(page);

  // Justerat.
  await openSection(page, 'Underskrifter');
  await page.getByLabel('Justeringsdatum').fill('2025-03-14');
  await page.getByRole('button', { name: 'Markera som justerat…' }).click();
  await page
    .getByRole('dialog', { name: 'Markera som justerat' })
    .getByRole('button', { name: 'Markera som justerat' })
    .click();
  await expect.poll(() => page.getByTestId('adjusted-banner').isVisible()).toBe(true);

  // The anslag after justering: a late date is warned about, Föreslå datum meets the law.
  const posted = page.getByLabel('Anslaget sätts upp');
  expect(await posted.isDisabled()).toBe(false);
  await posted.fill('2025-03-24');
  await page.getByLabel('Anslaget tas ned').fill('2025-03-26');
  await expect
    .poll(() => page.locator('.validation-panel').textContent())
    .toContain('mer än två dagar efter justeringen');
  // The warning leads to the field.
  await page
    .locator('.validation-panel')
    .getByRole('button', { name: /mer än två dagar/ })
    .click();
  await expect.poll(() => isFocused(posted)).toBe(true);
  const removed = page.getByLabel('Anslaget tas ned');
  await page
    .locator('.validation-panel')
    .getByRole('button', { name: /före överklagandetidens slut/ })
    .click();
  await expect.poll(() => isFocused(removed)).toBe(true);
  await page.getByRole('button', { name: 'Föreslå datum' }).click();
  await expect.poll(() => posted.inputValue()).toBe('2025-03-15');
  expect(await page.getByLabel('Anslaget tas ned').inputValue()).toBe('2025-04-05');
  await page.getByLabel('Förvaringsplats för protokollet').fill('Kommunkansliet');
  await page.getByLabel('Intygas av').fill('Anna Berg, nämndsekreterare');
  await expect
    .poll(() => page.locator('.validation-panel').textContent())
    .not.toContain('mer än två dagar');
  await waitUntilSaved(page);

  const notice = await exportFromMenu('export-notice-pdf', 'anslagsbevis.pdf');
  for (const text of [
    'Anslagsbevis',
    ORGAN,
    '2025-03-14',
    '2025-03-15',
    '2025-04-05',
    'Kommunkansliet',
    'Anna Berg, nämndsekreterare',
  ]) {
    expect(notice).toContain(text);
  }

  // Protokollsutdrag of the first item, from the item itself.
  await openSection(page, 'Ärenden');
  const first = page.locator('.item-number').first();
  const firstLabel = ((await first.textContent()) ?? '').match(/^§ \d+/)![0];
  await page.getByRole('button', { name: `Exportera utdrag av ${firstLabel}…` }).click();
  const dialog = page.getByRole('dialog', { name: 'Protokollsutdrag' });
  const utdrag = join(dir, 'utdrag.pdf');
  app.dialogs.nextSavePath = utdrag;
  await dialog.getByRole('button', { name: 'Exportera utdrag…' }).click();
  await waitExported(page, utdrag);
  const extract = await pdfText(utdrag);
  expect(extract).toContain('Protokollsutdrag');
  expect(extract).toMatch(printed(`${firstLabel} Val av justerare`));
  expect(extract).toContain('Justerat 2025-03-14');
  expect(extract).toContain('Rätt utdraget betygar');
  expect(extract).not.toContain('Extra ärende');

  // The protokoll prints the agenda as sent and marks the added item.
  const pdf = join(dir, 'protokoll.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  const protokoll = await pdfText(pdf);
  expect(protokoll).toContain('Utsänd dagordning');
  expect(protokoll).toMatch(printed(`${addedLabel} Extra ärende`));
  expect(protokoll).toContain('Tillagt på sammanträdet');
});
