import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { checkExport, flat } from './steps/checkExport';
import { enterAttendance } from './steps/enterAttendance';
import * as script from './steps/norrbottenScript';
import { exportVia, openSection, waitUntilSaved } from './steps/ui';
import { writeItems } from './steps/writeItems';

// One secretary, one session: the steps build on each other, like a real afternoon's work.
let app: AppHandle;
let outDir: string;
beforeAll(async () => {
  app = await startApp();
  outDir = await mkdtemp(join(tmpdir(), 'paragraf-e2e-out-'));
});
afterEach(async (ctx) => {
  // A picture of the page when a step fails: the quickest way to see what the user saw.
  if (ctx.task.result?.state === 'fail') {
    const name = ctx.task.name.replace(/[^a-z]+/gi, '-').slice(0, 40);
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', `${name}.png`) });
  }
});
afterAll(async () => {
  await app?.close();
});

async function exportBoth(name: string) {
  const pdf = join(outDir, `${name}.pdf`);
  const docx = join(outDir, `${name}.docx`);
  app.dialogs.nextSavePath = pdf;
  await exportVia(app.page, 'Exportera PDF', pdf);
  app.dialogs.nextSavePath = docx;
  await exportVia(app.page, 'Exportera Word', docx);
  return { pdf: await checkExport(pdf), docx: await checkExport(docx) };
}

describe('a new user writes the Norrbotten protokoll', () => {
  it('creates a protokoll from the municipal template', async () => {
    const { page } = app;
    const form = page.getByRole('region', { name: 'Nytt protokoll' });
    await form.getByRole('radio', { name: /Kommunal nämnd/ }).check();
    await form.getByLabel('Organ', { exact: true }).fill(script.body);
    await form.getByLabel('Sammanträdesdatum').fill(script.date);
    await form.getByRole('button', { name: 'Skapa protokoll' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain(script.body);

    await page.getByLabel('Plats', { exact: true }).fill(script.place);
    await page.getByLabel('Starttid').fill('09:00');
    await page.getByLabel('Sluttid').fill('11:30');
    await page.getByLabel('Första nummer').fill('46');
    await waitUntilSaved(page);
  });

  it('enters the attendance with the fast entry line', async () => {
    const { page } = app;
    await openSection(page, 'Närvaro');
    await enterAttendance(page);
    for (const p of script.people) {
      await expect.poll(() => page.getByLabel(`Namn (${p.name})`).inputValue()).toBe(p.name);
    }
    expect(await page.getByLabel(`Roll, ${script.chair.name}`).inputValue()).toBe('ordforande');
    expect(await page.getByLabel('Titel, Eva Lakso').inputValue()).toBe(
      'Avdelningschef social välfärd',
    );
  });

  it('writes the ten items with their decisions', async () => {
    const { page } = app;
    await openSection(page, 'Ärenden');
    await writeItems(page);
    const outline = page.getByRole('navigation', { name: 'Ärendelista' });
    for (const [i, item] of script.items.entries()) {
      await expect
        .poll(() => outline.getByRole('button', { name: `§ ${46 + i} ${item.title}` }).count())
        .toBe(1);
    }
  });

  it('sets the signatures', async () => {
    const { page } = app;
    await openSection(page, 'Underskrifter');
    await page.getByLabel('Sekreterare').selectOption({ label: script.secretary });
    await page.getByLabel('Ordförande').selectOption({ label: `${script.chair.name} (S)` });
    await page.getByRole('button', { name: 'Lägg till justerare' }).click();
    await page
      .getByLabel('Justerare 1', { exact: true })
      .selectOption({ label: `${script.adjuster.name} (S)` });
    await page.getByLabel('Justeringsdatum').fill('2020-12-18');
    await page.getByLabel('Justeringsplats').fill('Digitalt');
    expect(await page.getByLabel('Paragrafer för justerare 1').textContent()).toBe('§ 46–55');
    await waitUntilSaved(page);
  });

  it('exports a PDF and a DOCX that contain what was typed, with right page numbers', async () => {
    const { pdf, docx } = await exportBoth('norrbotten');
    expect(app.dialogs.suggestedNames[0]).toBe(`Protokoll ${script.body} ${script.date}.pdf`);
    for (const out of [pdf, docx]) {
      expect(out.report).toMatch(/PASS/);
      expect(out.ok, out.report).toBe(true);
      const text = flat(out.text);
      for (const p of script.people) expect(text).toContain(p.name);
      for (const item of script.items) {
        expect(text).toContain(item.title);
        for (const para of item.paragraphs) expect(text).toContain(para);
        for (const att of item.decision?.attSatser ?? []) expect(text).toContain(flat(att));
      }
      expect(text).toContain('§ 46–55');
      expect(text).toContain(script.place);
    }
  });

  it('after a reload the draft is in the list with everything typed', async () => {
    const { page } = app;
    await app.reload();
    await page.getByRole('button', { name: script.body, exact: true }).click();
    await expect
      .poll(() => page.getByLabel('Plats', { exact: true }).inputValue())
      .toBe(script.place);
    expect(await page.getByLabel('Första nummer').inputValue()).toBe('46');
    await openSection(page, 'Närvaro');
    for (const p of script.people)
      expect(await page.getByLabel(`Namn (${p.name})`).inputValue()).toBe(p.name);
    await openSection(page, 'Ärenden');
    for (const [i, item] of script.items.entries()) {
      const n = `§ ${46 + i}`;
      expect(await page.getByLabel(`Rubrik för ${n}`, { exact: true }).inputValue()).toBe(
        item.title,
      );
      // textContent, not innerText: items far down may skip layout until scrolled to.
      const editor = page.getByLabel(`Brödtext för ${n}`, { exact: true });
      const body = ((await editor.textContent()) ?? '').replace(/[\s\uFEFF]+/g, ' ');
      for (const para of item.paragraphs) expect(body).toContain(para);
      const section = page.locator('[data-item-id]').nth(i);
      for (const [j, att] of (item.decision?.attSatser ?? []).entries()) {
        expect(await section.getByLabel(`Att-sats ${j + 1}`, { exact: true }).inputValue()).toBe(
          att,
        );
      }
    }
    await openSection(page, 'Underskrifter');
    expect(await page.getByLabel('Paragrafer för justerare 1').textContent()).toBe('§ 46–55');
    const chosen = (label: string) =>
      page.getByLabel(label, { exact: true }).evaluate((s) => {
        const select = s as unknown as { selectedOptions: { text: string }[] };
        return select.selectedOptions[0]?.text;
      });
    expect(await chosen('Sekreterare')).toBe(script.secretary);
    expect(await chosen('Justerare 1')).toBe(`${script.adjuster.name} (S)`);
    expect(await page.getByLabel('Justeringsplats').inputValue()).toBe('Digitalt');
  });

  it("moving an item renumbers it everywhere, the adjusters' ranges and the export too", async () => {
    const { page } = app;
    await openSection(page, 'Underskrifter');
    await page.getByRole('button', { name: 'Lägg till justerare' }).click();
    await page
      .getByLabel('Justerare 2', { exact: true })
      .selectOption({ label: 'Linda Frohm (M)' });
    const second = page
      .getByRole('listitem')
      .filter({ has: page.getByLabel('Justerare 2', { exact: true }) });
    await second.getByLabel('Från', { exact: true }).selectOption({ label: '§ 49' });
    await second.getByLabel('Till', { exact: true }).selectOption({ label: '§ 52' });
    expect(await page.getByLabel('Paragrafer för justerare 2').textContent()).toBe('§ 49–52');

    await openSection(page, 'Ärenden');
    const outline = page.getByRole('navigation', { name: 'Ärendelista' });
    const moved = script.items[3]!.title;
    await outline.getByRole('button', { name: `§ 49 ${moved}` }).focus();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect.poll(() => outline.getByRole('button', { name: `§ 48 ${moved}` }).count()).toBe(1);
    expect(
      await outline.getByRole('button', { name: `§ 49 ${script.items[2]!.title}` }).count(),
    ).toBe(1);
    expect(await page.getByLabel(`Rubrik för § 48`, { exact: true }).inputValue()).toBe(moved);

    await openSection(page, 'Underskrifter');
    expect(await page.getByLabel('Paragrafer för justerare 2').textContent()).toBe('§ 48–52');
    await waitUntilSaved(page);

    const { pdf, docx } = await exportBoth('norrbotten-moved');
    for (const out of [pdf, docx]) {
      expect(out.ok, out.report).toBe(true);
      const text = flat(out.text);
      expect(text).toContain('§ 48–52');
      // The moved item is printed as § 48, before the item it changed places with.
      const at = (s: string) => text.lastIndexOf(s);
      expect(at(`§ 48 ${moved}`)).toBeGreaterThan(-1);
      expect(at(`§ 49 ${script.items[2]!.title}`)).toBeGreaterThan(at(`§ 48 ${moved}`));
    }
  });
});
