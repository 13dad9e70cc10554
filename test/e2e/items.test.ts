import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';

const require = createRequire(import.meta.url);

/** Serious and critical axe-core findings inside the items workspace. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (await page.evaluate(
    `axe.run('.items-workspace', { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} at ${n.target.join(' ')}`));
}

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const outline = (page: Page) => page.getByRole('navigation', { name: 'Ärendelista' });

/** The item shown as "§ n Title" in the outline, in order. */
async function outlineEntries(page: Page): Promise<string[]> {
  const numbers = await outline(page).locator('.outline-number').allTextContents();
  const titles = await outline(page).locator('.outline-title').allTextContents();
  return numbers.map((n, i) => `${n} ${titles[i]}`);
}

function item(page: Page, label: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${label} `) });
}

async function openSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Delar av protokollet' })
    .getByRole('button', { name: new RegExp(`^${name}( \\d+)?$`) })
    .click();
}

async function savedAfterEdits(page: Page) {
  await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Sparat/);
}

test('items: write, format, decide, move by keyboard and drag, and everything survives a reload', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Kommunstyrelsen');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await page.getByLabel('Första nummer').fill('46');

  // Two people and an adjuster who signs from the first item to "Godkännande av dagordning".
  await openSection(page, 'Närvaro');
  const quickAdd = page.getByRole('combobox', { name: 'Lägg till person', exact: true }).first();
  await quickAdd.fill('Beatrice Öhman, (S), Boden, ordförande');
  await quickAdd.press('Enter');
  await quickAdd.fill('Johannes Sundelin, (S), Region Norrbotten');
  await quickAdd.press('Enter');

  await openSection(page, 'Ärenden');
  expect(await outlineEntries(page)).toEqual([
    '§ 46 Val av justerare',
    '§ 47 Godkännande av dagordning',
    '§ 48 Föregående mötesprotokoll',
    '§ 49 Övriga frågor',
    '§ 50 Meddelanden',
    '§ 51 Sammanträdets avslutande',
  ]);

  // A new item goes before the closing items and takes the focus on its title.
  await page.getByRole('button', { name: 'Nytt ärende' }).click();
  await page.keyboard.type('Budget 2021');
  expect((await outlineEntries(page))[3]).toBe('§ 49 Budget 2021');

  const budget = item(page, '§ 49');
  const body = budget.getByRole('textbox', { name: 'Brödtext för § 49' });
  await body.click();
  await page.keyboard.type('Förslaget är ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('viktigt');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' för nämnden.');
  await page.keyboard.press('Enter');
  await budget.getByRole('button', { name: 'Punktlista' }).click();
  await expect
    .poll(() => budget.getByRole('button', { name: 'Punktlista' }).getAttribute('aria-pressed'))
    .toBe('true');
  await page.keyboard.type('Första punkten');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Andra punkten');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // leaves the list
  await page.keyboard.type('Efter listan.');
  await expect.poll(() => body.locator('strong').textContent()).toBe('viktigt');
  await expect
    .poll(() => body.locator('ul > li').allTextContents())
    .toEqual(['Första punkten', 'Andra punkten']);
  await expect.poll(() => body.locator('p').last().textContent()).toBe('Efter listan.');

  // The decision: intro from the template, two att-satser with Enter between them.
  await expect
    .poll(() => budget.getByLabel('Beslutsinledning').inputValue())
    .toBe('Kommunstyrelsen beslutar');
  await budget.getByLabel('Att-sats 1', { exact: true }).click();
  await page.keyboard.type('att anta budgeten');
  await page.keyboard.press('Enter');
  await page.keyboard.type('att uppdra åt förvaltningen att följa upp');
  await expect
    .poll(() => budget.getByLabel('Att-sats 2', { exact: true }).inputValue())
    .toBe('att uppdra åt förvaltningen att följa upp');
  // Backspace in an empty third att-sats removes it again.
  await page.keyboard.press('Enter');
  await expect.poll(() => budget.getByLabel('Att-sats 3', { exact: true }).count()).toBe(1);
  await page.keyboard.press('Backspace');
  await expect.poll(() => budget.getByLabel('Att-sats 3', { exact: true }).count()).toBe(0);

  // An adjuster signs § 46–47.
  await openSection(page, 'Underskrifter');
  await page.getByRole('button', { name: 'Lägg till justerare' }).click();
  const adjusterRow = page.locator('.adjuster-row').first();
  await adjusterRow.getByLabel('Från').selectOption({ label: '§ 46' });
  await adjusterRow.getByLabel('Till').selectOption({ label: '§ 47' });
  const range = page
    .getByRole('status', { name: 'Paragrafer för justerare 1' })
    .or(page.getByLabel('Paragrafer för justerare 1'));
  await expect.poll(() => range.textContent()).toBe('§ 46–47');

  // Keyboard move: the budget item goes up past "Föregående mötesprotokoll".
  await openSection(page, 'Ärenden');
  await outline(page).getByRole('button', { name: '§ 49 Budget 2021' }).focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect
    .poll(() => outlineEntries(page))
    .toEqual([
      '§ 46 Val av justerare',
      '§ 47 Godkännande av dagordning',
      '§ 48 Budget 2021',
      '§ 49 Föregående mötesprotokoll',
      '§ 50 Övriga frågor',
      '§ 51 Meddelanden',
      '§ 52 Sammanträdets avslutande',
    ]);
  // The focus stays on the moved entry, so a second press moves it again.
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => outlineEntries(page)).toContain('§ 47 Budget 2021');
  // And from inside the item's text, back down one.
  await item(page, '§ 47').getByRole('textbox', { name: 'Brödtext för § 47' }).click();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => outlineEntries(page)).toContain('§ 48 Budget 2021');
  await expect
    .poll(() => item(page, '§ 48').getByLabel('Rubrik för § 48').inputValue())
    .toBe('Budget 2021');
  // The text keeps the focus through the move: typing goes on in the same item.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Flyttad.');
  await expect
    .poll(() =>
      item(page, '§ 48')
        .getByRole('textbox', { name: 'Brödtext för § 48' })
        .locator('p')
        .last()
        .textContent(),
    )
    .toBe('Efter listan. Flyttad.');

  // Drag and drop: "Sammanträdets avslutande" onto the top of the outline.
  await outline(page)
    .getByRole('button', { name: /Sammanträdets avslutande/ })
    .dragTo(outline(page).getByRole('button', { name: '§ 46 Val av justerare' }), {
      targetPosition: { x: 20, y: 2 },
    });
  await expect
    .poll(() => outlineEntries(page))
    .toEqual([
      '§ 46 Sammanträdets avslutande',
      '§ 47 Val av justerare',
      '§ 48 Godkännande av dagordning',
      '§ 49 Budget 2021',
      '§ 50 Föregående mötesprotokoll',
      '§ 51 Övriga frågor',
      '§ 52 Meddelanden',
    ]);
  // The adjuster still signs the same two items, now numbered § 47–48.
  await openSection(page, 'Underskrifter');
  await expect.poll(() => range.textContent()).toBe('§ 47–48');

  await openSection(page, 'Ärenden');
  await mkdir('test-output', { recursive: true });
  await item(page, '§ 49').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-output/items-editor.png' });

  // Reload: the draft is listed and every item, text, mark, list and att-sats is back.
  await savedAfterEdits(page);
  await app.reload();
  await page.getByRole('button', { name: 'Kommunstyrelsen', exact: true }).click();
  await openSection(page, 'Ärenden');
  expect(await outlineEntries(page)).toEqual([
    '§ 46 Sammanträdets avslutande',
    '§ 47 Val av justerare',
    '§ 48 Godkännande av dagordning',
    '§ 49 Budget 2021',
    '§ 50 Föregående mötesprotokoll',
    '§ 51 Övriga frågor',
    '§ 52 Meddelanden',
  ]);
  const reloaded = item(page, '§ 49');
  const reloadedBody = reloaded.getByRole('textbox', { name: 'Brödtext för § 49' });
  await expect.poll(() => reloadedBody.locator('strong').textContent()).toBe('viktigt');
  expect(await reloadedBody.locator('ul > li').allTextContents()).toEqual([
    'Första punkten',
    'Andra punkten',
  ]);
  expect(await reloadedBody.locator('p').first().textContent()).toBe(
    'Förslaget är viktigt för nämnden.',
  );
  expect(await reloadedBody.locator('p').last().textContent()).toBe('Efter listan. Flyttad.');
  expect(await reloaded.getByLabel('Att-sats 1', { exact: true }).inputValue()).toBe(
    'att anta budgeten',
  );
  expect(await reloaded.getByLabel('Att-sats 2', { exact: true }).inputValue()).toBe(
    'att uppdra åt förvaltningen att följa upp',
  );
});

test('items: standard items, optional parts, an inserted "a" item and deleting with confirmation', async () => {
  const second = await startApp();
  const { page } = second;
  try {
    await page.getByLabel('Organ', { exact: true }).first().fill('Socialnämnden');
    await page.getByRole('button', { name: 'Skapa protokoll' }).click();
    await openSection(page, 'Närvaro');
    const quickAdd = page.getByRole('combobox', { name: 'Lägg till person', exact: true }).first();
    for (const line of ['Anna Lundberg, (S), Boden', 'Erik Berg, (M), Luleå']) {
      await quickAdd.fill(line);
      await quickAdd.press('Enter');
    }
    await openSection(page, 'Ärenden');

    // Insert the template's information item from the menu; it lands before the closing items.
    await page.getByRole('button', { name: 'Infoga standardärende' }).click();
    await page.getByRole('menuitem', { name: /Informationsärende/ }).click();
    expect((await outlineEntries(page))[3]).toBe('§ 4 Informationsärende');
    const info = item(page, '§ 4');
    await expect
      .poll(() => info.getByLabel('Att-sats 1', { exact: true }).inputValue())
      .toBe('att informationen, med godkännande, läggs till handlingarna');

    // Optional parts appear only when added.
    await expect.poll(() => info.getByRole('region', { name: 'Omröstning' }).count()).toBe(0);
    await info.getByRole('button', { name: 'Lägg till i § 4' }).click();
    await page.getByRole('menuitem', { name: 'Omröstning' }).click();
    const vote = info.getByRole('region', { name: 'Omröstning' });
    await vote.getByLabel('Röst för Anna Lundberg').selectOption('ja');
    await vote.getByLabel('Röst för Erik Berg').selectOption('nej');
    await expect
      .poll(() => vote.locator('caption').textContent())
      .toBe('Röster: 1 ja, 1 nej, 0 avstår');

    await info.getByRole('button', { name: 'Lägg till i § 4' }).click();
    await page.getByRole('menuitem', { name: 'Reservation' }).click();
    const reservation = info.getByRole('region', { name: 'Reservation' });
    await reservation
      .getByRole('group', { name: 'Ny reservation av' })
      .getByRole('button', { name: 'Erik Berg (M)' })
      .click();
    expect(await reservation.getByRole('checkbox', { name: 'Erik Berg (M)' }).isChecked()).toBe(
      true,
    );
    await reservation
      .getByLabel('Motivering för reservation 1')
      .fill('Till förmån för eget yrkande');

    await info.getByRole('button', { name: 'Lägg till i § 4' }).click();
    await page.getByRole('menuitem', { name: 'Jäv' }).click();
    await info
      .getByRole('region', { name: 'Jäv' })
      .getByRole('checkbox', { name: 'Anna Lundberg (S)' })
      .check();

    // Marked as inserted, the item takes the previous number and a letter.
    await info.getByRole('button', { name: 'Tillagt ärende (a)' }).click();
    await expect.poll(async () => (await outlineEntries(page))[3]).toBe('§ 3 a Informationsärende');
    expect((await outlineEntries(page))[4]).toBe('§ 4 Övriga frågor');

    // With a vote, a reservation and jäv open, the parts are still accessible.
    expect(await axeFindings(page)).toEqual([]);

    await mkdir('test-output', { recursive: true });
    await item(page, '§ 3 a').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/items-parts.png', fullPage: false });

    // Delete asks first; cancelling keeps the item, confirming removes it.
    const meddelanden = item(page, '§ 5');
    await meddelanden.getByRole('button', { name: 'Ta bort ärende' }).click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await outlineEntries(page)).toContain('§ 5 Meddelanden');
    await meddelanden.getByRole('button', { name: 'Ta bort ärende' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, ta bort § 5' }).click();
    await expect.poll(() => outlineEntries(page)).not.toContain('§ 5 Meddelanden');
    expect((await outlineEntries(page)).at(-1)).toBe('§ 5 Sammanträdets avslutande');

    // Everything is saved and comes back.
    await savedAfterEdits(page);
    await second.reload();
    await page.getByRole('button', { name: 'Socialnämnden', exact: true }).click();
    await openSection(page, 'Ärenden');
    const again = item(page, '§ 3 a');
    await expect
      .poll(() => again.getByLabel('Motivering för reservation 1').inputValue())
      .toBe('Till förmån för eget yrkande');
    expect(await again.getByLabel('Röst för Erik Berg').inputValue()).toBe('nej');
    expect(
      await again
        .getByRole('region', { name: 'Jäv' })
        .getByRole('checkbox', { name: 'Anna Lundberg (S)' })
        .isChecked(),
    ).toBe(true);
  } finally {
    await second.close();
  }
});
