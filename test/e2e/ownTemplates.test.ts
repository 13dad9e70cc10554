import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { seriousAxeFindings } from './steps/axe';
import { flat } from './steps/checkExport';
import { exportVia, openSection, waitUntilSaved } from './steps/ui';

const run = promisify(execFile);

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-own-templates-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    const name = ctx.task.name.replace(/[^a-z]+/gi, '-').slice(0, 40);
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', `${name}.png`) });
  }
});
afterAll(async () => {
  await app?.close();
});

/**
 * A logo as a stranger's SVG: a script, an external image and a foreign object beside the
 * drawing. Only the drawing may reach the template (as PNG pixels).
 */
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="120">
<script>document.title = 'pwned'</script>
<image xlink:href="file:///etc/passwd" width="10" height="10"/>
<foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml">hej</div></foreignObject>
<rect x="0" y="0" width="120" height="60" fill="#c00"/>
</svg>`;

const templates = () => app.page.getByRole('dialog', { name: 'Mallar' });

async function pdfImages(pdf: string): Promise<string[][]> {
  const { stdout } = await run('pdfimages', ['-list', pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/));
}

test('a template made in Inställningar › Mallar prints its logo and words in the PDF and DOCX', async () => {
  const { page } = app;
  await page.keyboard.press('Control+Comma');
  const settings = page.getByRole('dialog', { name: 'Inställningar' });
  await settings.getByRole('button', { name: 'Mallar…' }).click();
  const dialog = templates();
  const focused = page.locator(':focus');
  // The keyboard starts in the list of templates (not on Importera mall…).
  await expect.poll(() => focused.textContent()).toMatch(/^Kommunal nämnd/);
  await dialog.getByRole('button', { name: /^Kommunal nämnd/ }).click();
  await dialog.getByRole('button', { name: 'Kopiera till egen mall', exact: true }).click();
  await dialog
    .getByRole('status')
    .getByText(/^Kopian .* är sparad i biblioteket\.$/)
    .waitFor();
  // The copy opens with the keyboard in its name, ready to be renamed.
  await expect
    .poll(() => focused.getAttribute('id'))
    .toBe(await dialog.getByLabel('Mallens namn').getAttribute('id'));

  await dialog.getByLabel('Mallens namn').fill('Exempelkommunens protokoll');
  await dialog.getByLabel('Organisationens namn (i sidhuvudet)').fill('Exempelkommunen');
  const svg = join(dir, 'logo.svg');
  await writeFile(svg, HOSTILE_SVG);
  // A Swedish button opens the file chooser (the browser's own file field speaks English).
  await dialog.getByText('Ingen logotyp vald.').waitFor();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Välj logotyp…' }).click();
  await (await chooser).setFiles(svg);
  await dialog.getByRole('img', { name: 'Vald logotyp' }).waitFor();
  await dialog.getByRole('button', { name: 'Byt logotyp…' }).waitFor();
  await dialog.getByLabel('Sidnumrering').selectOption({ label: '1 (8)' });
  await dialog.getByText(/^Ord i protokollet/).click();
  await dialog.getByLabel('Information lämnas av', { exact: true }).fill('Föredragande');
  await dialog.getByLabel('Beslut', { exact: true }).fill('Nämndens beslut');
  await dialog
    .getByLabel('Punkt 1: text')
    .fill('Ordföranden föreslår att Anna Ek utses till justerare.');

  // The preview prints page 1 of an example protokoll with the template as it is now (the
  // quick first page knows no page total yet, so "1 (8)" shows as "1").
  const preview = dialog.getByRole('region', { name: 'Förhandsvisning av första sidan' });
  await expect
    .poll(() => preview.getByTestId('preview-page-text').textContent(), { timeout: 60_000 })
    .toMatch(/Exempelkommunen[\s\S]*\n1\n/);

  expect(await seriousAxeFindings(page)).toEqual([]);
  // Esc far down the words asks in sight (the question is at the top of the dialog), and
  // going on puts the keyboard back in the word being edited.
  const word = dialog.getByLabel('Information lämnas av', { exact: true });
  await word.focus();
  await page.keyboard.press('Escape');
  const keepEditing = dialog.getByRole('button', { name: 'Fortsätt redigera' });
  await keepEditing.waitFor();
  await expect.poll(() => focused.textContent()).toBe('Fortsätt redigera');
  const box = (await keepEditing.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused.inputValue()).toBe('Föredragande');
  // Closing with unsaved changes asks first instead of dropping them.
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await dialog.getByText('Mallen har ändringar som inte är sparade.').waitFor();
  await dialog.getByRole('button', { name: 'Fortsätt redigera' }).click();

  await dialog.getByRole('button', { name: 'Spara mall' }).click();
  await dialog
    .getByRole('status')
    .getByText('Mallen ”Exempelkommunens protokoll” är sparad.')
    .waitFor();
  await expect.poll(() => focused.textContent()).toBe('Spara mall');
  const files = await readdir(join(app.libraryDir, 'templates'));
  expect(files).toEqual(['kommunal-namnd-egen.template.json']);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await settings.getByRole('button', { name: 'Avbryt' }).click();

  const form = page.getByRole('region', { name: 'Nytt protokoll' });
  await form.getByRole('radio', { name: /Exempelkommunens protokoll \(egen mall\)/ }).check();
  await form.getByLabel('Organ', { exact: true }).fill('Kommunstyrelsen');
  await form.getByLabel('Sammanträdesdatum').fill('2026-12-03');
  await form.getByRole('button', { name: 'Skapa protokoll' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toContain('Kommunstyrelsen');
  await openSection(page, 'Ärenden');
  // The editor names the fields with the protokoll's own words, as they will print.
  const first = page.locator('[data-item-id]').first();
  await first.getByLabel('Föredragande', { exact: true }).fill('Kim Ek');
  expect(await first.getByLabel('Information lämnas av').count()).toBe(0);
  await first.getByRole('region', { name: 'Nämndens beslut' }).waitFor();
  await waitUntilSaved(page);

  const pdf = join(dir, 'egen.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  const { stdout } = await run('pdftotext', [pdf, '-']);
  const printed = flat(stdout);
  expect(printed).toContain('Exempelkommunen');
  expect(printed).toContain('Föredragande');
  expect(printed).toContain('Kim Ek');
  expect(printed).toContain('Nämndens beslut');
  expect(printed).toContain('Anna Ek utses till justerare.');
  expect(printed).not.toContain('Information lämnas av');
  const { stdout: info } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  for (let n = 1; n <= pages; n++) expect(printed).toContain(`${n} (${pages})`);
  // The logo: one image on every page (with its transparency as a soft mask), the SVG's
  // drawing rasterised to PNG pixels.
  const images = (await pdfImages(pdf)).filter((row) => row[2] === 'image');
  expect(images.map((row) => Number(row[0]))).toEqual(
    Array.from({ length: pages }, (_, i) => i + 1),
  );
  expect(printed).not.toContain('hej');

  const docx = join(dir, 'egen.docx');
  app.dialogs.nextSavePath = docx;
  await exportVia(page, 'Exportera Word', docx);
  const { stdout: names } = await run('unzip', ['-Z1', docx]);
  expect(names.split('\n').filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
  const headers = names.split('\n').filter((n) => /^word\/header\d+\.xml$/.test(n));
  const xml = await Promise.all(
    headers.map(async (h) => (await run('unzip', ['-p', docx, h])).stdout),
  );
  expect(xml.some((x) => x.includes('<a:blip') && x.includes('Exempelkommunen'))).toBe(true);
});

test('removing an own template asks first, and the keyboard lands in the list afterwards', async () => {
  const { page } = app;
  await page.keyboard.press('Control+Comma');
  const settings = page.getByRole('dialog', { name: 'Inställningar' });
  await settings.getByRole('button', { name: 'Mallar…' }).click();
  const dialog = templates();
  await dialog.getByRole('button', { name: 'Exempelkommunens protokoll' }).click();
  const focused = page.locator(':focus');
  const question = dialog.getByText(/^Ta bort mallen ”Exempelkommunens protokoll”\?/);

  await dialog.getByRole('button', { name: 'Ta bort mallen…' }).click();
  await question.waitFor();
  // The safe answer has the focus: Enter keeps the template.
  await expect.poll(() => focused.textContent()).toBe('Avbryt');
  await page.keyboard.press('Enter');
  await expect.poll(() => question.count()).toBe(0);
  expect(await readdir(join(app.libraryDir, 'templates'))).toContain(
    'kommunal-namnd-egen.template.json',
  );

  await dialog.getByRole('button', { name: 'Ta bort mallen…' }).click();
  await dialog.getByRole('button', { name: 'Ta bort mallen', exact: true }).click();
  await dialog
    .getByRole('status')
    .getByText(/^Mallen är borttagen/)
    .waitFor();
  expect(await readdir(join(app.libraryDir, 'templates'))).not.toContain(
    'kommunal-namnd-egen.template.json',
  );
  await expect.poll(() => focused.textContent()).toMatch(/^Kommunal nämnd/);
  await page.keyboard.press('Escape');
  await settings.getByRole('button', { name: 'Avbryt' }).click();
});
