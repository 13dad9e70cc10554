import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppHandle } from './harness/startApp';
import { openSection } from './steps/ui';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp({ viewport: { width: 1366, height: 768 } });
});
afterAll(async () => {
  await app?.close();
});

const chosenName = (page: AppHandle['page'], label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) => {
    const select = el as unknown as { selectedOptions: { text: string }[] };
    return select.selectedOptions[0]?.text ?? '';
  });

test('the signatures are filled from the roles and the justerare chosen in Val av justerare, never over a choice', async () => {
  const { page } = app;
  await page.getByLabel('Organ', { exact: true }).first().fill('Miljönämnden');
  await page.getByLabel('Sammanträdesdatum', { exact: true }).first().fill('2026-03-12');
  await page.getByRole('button', { name: 'Skapa protokoll' }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Miljönämnden' }).waitFor();

  await openSection(page, 'Närvaro');
  const line = page.getByLabel('Lägg till person', { exact: true });
  for (const person of [
    'Anna Berg (S), ordförande',
    'Karin Ek (M)',
    'Johan Lund (KD)',
    'Ulrika Larsson, sekreterare',
  ]) {
    await line.fill(person);
    await line.press('Enter');
  }

  await openSection(page, 'Ärenden');
  const att = page.getByLabel('Att-sats 1', { exact: true }).first();
  await att.fill('att Karin Ek och Johan Lund utses till justerare');

  await openSection(page, 'Underskrifter');
  await expect.poll(() => chosenName(page, 'Ordförande')).toBe('Anna Berg (S)');
  expect(await chosenName(page, 'Sekreterare')).toBe('Ulrika Larsson');
  expect(await chosenName(page, 'Justerare 1')).toBe('Karin Ek (M)');
  expect(await chosenName(page, 'Justerare 2')).toBe('Johan Lund (KD)');

  // A choice of the secretary's own stays when the decision changes later.
  await page.getByLabel('Justerare 1', { exact: true }).selectOption({ label: 'Anna Berg (S)' });
  await openSection(page, 'Ärenden');
  await page
    .getByLabel('Att-sats 1', { exact: true })
    .first()
    .fill('att Johan Lund utses till justerare');
  await openSection(page, 'Underskrifter');
  expect(await chosenName(page, 'Justerare 1')).toBe('Anna Berg (S)');
  expect(await chosenName(page, 'Justerare 2')).toBe('Johan Lund (KD)');
});
