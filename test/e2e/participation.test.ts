import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serializeProtocol } from '../../shared/protocol/parse';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { flat } from './steps/checkExport';
import { exportVia, openSection } from './steps/ui';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-participation-'));
});
afterAll(async () => {
  await app?.close();
});

test('jäv with an ersättare stepping in, a roll-call of those serving, and the PDF says who took part', async () => {
  const p = loadFixture();
  // An ersättare in the room who serves only when needed.
  p.attendance.people.push({
    id: 'per-olsson',
    name: 'Per Olsson',
    party: 'M',
    role: 'ersattare',
    groupId: 'tjanstgorande-ersattare',
  });
  const file = join(dir, 'jav.protokoll');
  await writeFile(file, serializeProtocol(p));
  const { page } = app;
  app.dialogs.nextOpenPath = file;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();

  await openSection(page, 'Ärenden');
  await page
    .getByRole('button', { name: /§ 49 Medicinskt förbrukningsmaterial/ })
    .first()
    .click();
  const item = page.getByRole('region', { name: /^§ 49 / });
  await expect.poll(() => item.locator('.serving-count').textContent()).toBe('14 tjänstgörande');

  // Jäv: Linda Frohm (M); the ersättare of her party is offered and steps in for this item.
  await item.getByRole('button', { name: 'Lägg till i § 49' }).click();
  await page.getByRole('menuitem', { name: 'Jäv' }).click();
  await item
    .getByRole('region', { name: 'Jäv' })
    .getByRole('checkbox', { name: 'Linda Frohm (M)' })
    .check();
  const stepIn = item.getByLabel('Ersättare som tjänstgör för Linda Frohm (M)');
  await expect.poll(() => stepIn.inputValue()).toBe('per-olsson');
  await expect.poll(() => item.locator('.serving-count').textContent()).toBe('14 tjänstgörande');

  // The roll-call lists exactly those serving: Per Olsson, not Linda Frohm.
  await item.getByRole('button', { name: 'Lägg till i § 49' }).click();
  await page.getByRole('menuitem', { name: 'Omröstning' }).click();
  const vote = item.getByRole('region', { name: 'Omröstning' });
  const selects = vote.locator('select[aria-label^="Röst för "]');
  await expect.poll(() => selects.count()).toBe(14);
  const voters = await selects.evaluateAll((els) =>
    els.map((e) => (e as unknown as { ariaLabel: string }).ariaLabel),
  );
  expect(voters).toContain('Röst för Per Olsson');
  expect(voters).not.toContain('Röst för Linda Frohm');
  for (let k = 0; k < 14; k++) {
    const label = voters[k]!;
    await vote
      .getByLabel(label, { exact: true })
      .selectOption(label.endsWith('Erika Sjöö') ? 'nej' : 'ja');
  }
  await expect
    .poll(() => vote.locator('caption').textContent())
    .toBe('Röster: 13 ja, 1 nej, 0 avstår');

  // The timeline in Närvaro shows the same.
  await openSection(page, 'Närvaro');
  const grid = page.getByRole('grid', { name: 'Deltagande per paragraf' });
  await expect
    .poll(() => grid.getByRole('button', { name: 'Linda Frohm, § 49: jäv' }).count())
    .toBe(1);
  expect(
    await grid.getByRole('button', { name: 'Per Olsson, § 49: tjänstgör som ersättare' }).count(),
  ).toBe(1);
  expect(
    await grid
      .getByRole('button', { name: 'Per Olsson, § 50: närvarande, tjänstgör inte' })
      .count(),
  ).toBe(1);
  await mkdir('test-output', { recursive: true });
  await grid.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-output/participation-grid.png' });
  // A click marks Anders Öberg away in § 50; the arrow keys move along the row.
  const cell = grid.getByRole('button', { name: 'Anders Öberg, § 50: tjänstgör' });
  await cell.click();
  await expect
    .poll(() => grid.getByRole('button', { name: 'Anders Öberg, § 50: frånvarande' }).count())
    .toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => grid.locator('button:focus').getAttribute('aria-label'))
    .toBe('Anders Öberg, § 51: tjänstgör');

  const pdf = join(dir, 'jav.pdf');
  app.dialogs.nextSavePath = pdf;
  await exportVia(page, 'Exportera PDF', pdf);
  const text = flat((await run('pdftotext', [pdf, '-'], { maxBuffer: 1 << 26 })).stdout);
  const section = text.slice(
    text.indexOf('Medicinskt förbrukningsmaterial', text.indexOf('§ 49') + 1),
  );
  expect(section).toContain('Linda Frohm (M) anmäler jäv och deltar inte i handläggningen');
  expect(section).toContain('Per Olsson (M) tjänstgör för Linda Frohm (M)');
  expect(section).toMatch(/Ja \(13\): [^:]*Per Olsson \(M\)/);
  expect(section).toContain('Nej (1): Erika Sjöö (SJVP)');
  expect(section.slice(0, section.indexOf('Nej (1)'))).not.toMatch(/Ja \(13\): [^:]*Linda Frohm/);
  // In the attendance: Per Olsson for Linda Frohm in § 49, Anders Öberg not in § 50.
  expect(text).toContain('Per Olsson (M) ersättare för Linda Frohm (M) § 49');
  expect(text).toMatch(/Anders Öberg.*ej § 50/);
});
