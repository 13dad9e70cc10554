import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../../../../shared/search/swedishTerms';
import { protocolWithItems } from '../../../../generate/archive';
import { tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from '../ipc/dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-search-ipc-'));
  h = createHarness(dir);
  const saved = await h.dispatch(
    'drafts.save',
    protocolWithItems({ id: 'ks-1', body: 'Kommunstyrelsen', date: '2023-09-12' }, [
      { title: 'Parkeringsnorm', atts: ['att anta normen'] },
    ]),
  );
  expect(saved.ok).toBe(true);
});
afterEach(async () => {
  await h.services.search.close();
  await cleanup();
});

it('answers search.query from the library the drafts are saved in', async () => {
  const r = await h.dispatch('search.query', { query: 'parkering', year: '2023' });
  expect(r.ok && r.value).toMatchObject({ total: 1, years: ['2023'] });
});

it('refuses payloads outside the contract', async () => {
  for (const payload of [
    { query: 'x'.repeat(MAX_QUERY_LENGTH + 1) },
    { query: 'a', year: '23' },
    { query: 'a', status: 'okänd' },
    { query: 'a', limit: 10_000 },
    { query: 'a', extra: true },
  ]) {
    const r = await h.dispatch('search.query', payload);
    expect(r.ok ? 'accepted' : r.error.code).toBe('invalid-payload');
  }
  const r = await h.dispatch('search.exportDecisions', { format: 'xls' });
  expect(r.ok ? 'accepted' : r.error.code).toBe('invalid-payload');
});

it('exports the Beslutsregister through the save dialog, with a safe suggested name', async () => {
  h.answers.save = join(dir, 'out.csv');
  const r = await h.dispatch('search.exportDecisions', {
    format: 'csv',
    body: 'Kommunstyrelsen',
    year: '2023',
  });
  expect(r.ok && r.value).toEqual({ path: join(dir, 'out.csv') });
  expect(h.calls.suggested.at(-1)).toMatch(
    /^Beslutsregister Kommunstyrelsen 2023 \d{4}-\d\d-\d\d\.csv$/,
  );
  expect(await readFile(join(dir, 'out.csv'), 'utf8')).toContain('att anta normen');
  h.answers.save = null;
  const cancelled = await h.dispatch('search.exportDecisions', { format: 'xlsx' });
  expect(cancelled).toEqual({ ok: true, value: null });
});

it('refuses a Beslutsregister PDF longer than its limit, before any dialog, in Swedish', async () => {
  const many = Array.from({ length: 30 }, (_, i) => ({
    title: `Ärende ${i}`,
    atts: ['att besluta'],
  }));
  for (let n = 0; n < 170; n++) {
    await h.services.drafts.save(
      protocolWithItems({ id: `m-${n}`, body: 'Socialnämnden', date: '2022-01-10' }, many),
    );
  }
  h.answers.save = join(dir, 'big.pdf');
  const before = h.calls.suggested.length;
  const r = await h.dispatch('search.exportDecisions', { format: 'pdf' });
  expect(r.ok ? 'accepted' : r.error.sv).toMatch(
    /^Urvalet har 5101 beslut; en PDF görs för högst 5000\./,
  );
  expect(h.calls.suggested.length).toBe(before);
});
