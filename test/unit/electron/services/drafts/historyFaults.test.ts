import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { municipalTemplate, tempFolder } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('paragraf-history-')));
afterEach(() => cleanup());

const HOUR = 3_600_000;
const withBody = (p: Protocol, body: string): Protocol => ({
  ...p,
  meeting: { ...p.meeting, body },
});

it('a version saved while the clock was a year ahead does not stop history', async () => {
  const root = join(dir, 'lib');
  let clock = Date.parse('2027-06-01T08:00:00Z');
  const options = { root, historyIntervalMs: 10 * 60_000, now: () => new Date(clock) };
  const ahead = createDraftLibrary(options);
  const p = await ahead.createFromTemplate(municipalTemplate(), { body: 'Före' });
  clock += HOUR;
  await ahead.save(withBody(p, 'Klockan gick före'));
  clock += HOUR;
  await ahead.save(withBody(p, 'Fortfarande före'));
  const before = (await ahead.history(p.id)).length;
  expect(before).toBe(2);

  // The clock is corrected: ten saves an hour apart must each keep the version they replace.
  clock = Date.parse('2026-06-01T08:00:00Z');
  const lib = createDraftLibrary(options);
  for (let n = 1; n <= 10; n++) {
    clock += HOUR;
    await lib.save(withBody(p, `Timme ${n}`));
  }
  const versions = await lib.history(p.id);
  expect(versions.length - before).toBeGreaterThanOrEqual(9);
  // Newest first by order of saving, and the spacing still holds: saves a minute apart keep none.
  const count = versions.length;
  for (let n = 1; n <= 5; n++) {
    clock += 60_000;
    await lib.save(withBody(p, `Minut ${n}`));
  }
  expect(await lib.history(p.id)).toHaveLength(count + 1);
  const restored = await lib.restoreVersion(p.id, versions[0]!.versionId);
  expect(restored.meeting.body).toBe('Timme 9');
});

it('garbage in the history folder is skipped and the newest intact version is offered', async () => {
  const root = join(dir, 'lib');
  const logs: string[] = [];
  const lib = createDraftLibrary({ root, log: (m) => logs.push(m) });
  const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Första' });
  await lib.save(withBody(p, 'Andra'));
  await lib.save(withBody(p, 'Tredje'));
  const folder = join(root, 'history', p.id);
  expect(await readdir(folder)).toHaveLength(2);
  // A folder named like the newest version, and a stray file that does not parse.
  await mkdir(join(folder, '9999999999999-zzzz.protokoll'));
  await writeFile(join(folder, '9999999999998-aaaa.protokoll'), '{"schemaVersion": 1, "half');
  await writeFile(join(root, 'drafts', `${p.id}.protokoll`), 'skadad');

  const fresh = createDraftLibrary({ root, log: (m) => logs.push(m) });
  const listed = await fresh.list();
  expect(listed.map((s) => s.id)).toEqual([p.id]);
  expect(listed[0]!.body).toBe('Andra');
  const versions = await fresh.history(p.id);
  expect(versions.every((v) => !v.versionId.startsWith('9999999999999'))).toBe(true);

  const loaded = await fresh.load(p.id);
  expect(loaded.protocol.meeting.body).toBe('Andra');
  expect(loaded.recovered?.sv).toMatch(/skadad/);
  expect(loaded.recovered?.sv).not.toMatch(/kunde inte sparas/);
  expect((await fresh.list()).map((s) => s.id)).toEqual([p.id]);
  // The garbage folder is left alone (it is not a version), the draft saves again.
  await fresh.save(withBody(p, 'Fjärde'));
  expect((await fresh.load(p.id)).protocol.meeting.body).toBe('Fjärde');
});
