import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { serializeProtocol } from '../../shared/protocol/parse';
import { loadFixture } from '../fixtures/loadFixture';
import { startApp, type AppHandle } from './harness/startApp';
import { checkExport, flat } from './steps/checkExport';

const PNR = '811228-9874';
const WITHHELD = 'Uppgifterna om den enskilde eleven redovisas muntligt';

let app: AppHandle;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = await mkdtemp(join(tmpdir(), 'paragraf-web-'));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await app.page.screenshot({ path: join(tmpdir(), 'paragraf-e2e-failures', 'web.png') });
  }
});
afterAll(async () => {
  await app?.close();
});

test('the web version leaves out a withheld item and the personnummer, after a warning', async () => {
  const p = loadFixture();
  p.items[2]!.notForWeb = true;
  p.items[2]!.notForWebReason = 'OSL 23 kap. 2 §';
  p.items[2]!.body = [{ type: 'paragraph', children: [{ text: WITHHELD }] }];
  p.items[3]!.body.push({ type: 'paragraph', children: [{ text: `Sökande ${PNR} hörs.` }] });
  const file = join(dir, 'webb.protokoll');
  await writeFile(file, serializeProtocol(p));

  const { page } = app;
  app.dialogs.nextOpenPath = file;
  await page.getByRole('button', { name: 'Öppna fil…' }).click();

  // The secretary is told which item would publish a personnummer.
  const panel = page.getByRole('region', { name: /^Att kontrollera/ });
  await expect
    .poll(() => panel.getByRole('listitem').allTextContents())
    .toContainEqual(
      expect.stringContaining(
        `Paragraf § 49 innehåller ett personnummer – markera den som 'Ej för publicering på webben' eller ta bort numret.`,
      ),
    );
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'web-version.png') });
  }

  // At 1024×768 every top bar button, the new one included, still fits in the window.
  await page.setViewportSize({ width: 1024, height: 768 });
  const webButton = page.getByRole('button', { name: 'Exportera webbversion', exact: true });
  const close = await page.getByRole('button', { name: 'Stäng', exact: true }).boundingBox();
  expect(close!.x + close!.width).toBeLessThanOrEqual(1024);
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'web-version-1024.png') });
  }

  const pdf = join(dir, 'webb.pdf');
  app.dialogs.nextSavePath = pdf;
  await webButton.click();
  const check = page.getByRole('dialog', { name: 'Kontrollera innan export' });
  await check.getByRole('button', { name: 'Exportera ändå' }).click();
  await expect
    .poll(() => page.getByText(`Exporterat till ${pdf}`).isVisible(), { timeout: 120_000 })
    .toBe(true);
  expect(app.dialogs.suggestedNames.at(-1)).toMatch(/ webbversion\.pdf$/);

  const { ok, report, text } = await checkExport(pdf);
  expect(report).toContain('RESULT: PASS');
  expect(ok).toBe(true);
  const printed = flat(text);
  expect(printed).toContain(`${p.labels.notForWeb} (OSL 23 kap. 2 §)`);
  expect(printed).toContain(flat(p.items[2]!.title));
  expect(printed).not.toContain(WITHHELD);
  expect(printed).not.toContain(PNR);
  expect(printed).toContain('Sökande ÅÅMMDD-XXXX hörs.');
  expect(printed).toContain(flat(p.items[4]!.title));
});
