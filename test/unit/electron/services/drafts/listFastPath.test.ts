import { rename, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftLibrary, type DraftLibrary } from '../../../../../electron/services/drafts';
import { nodeFs } from '../../../../../electron/services/files/fsLayer';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { countingFs } from '../../../../bench/countingFs';
import { municipalTemplate, tempFolder } from './helpers';

/**
 * Listing trusts the index without reading every draft's time only while the drafts folder is
 * provably unchanged. Library `a` lists; library `b` (another process, another computer) changes
 * the folder; `a` must see every change. The folder's time is set a minute back to stand for a
 * folder last changed long before the index was written (without waiting in the test).
 */
describe('listing from the index alone', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  async function setup() {
    const t = await tempFolder();
    cleanup = t.cleanup;
    const root = join(t.dir, 'library');
    const counted = countingFs(nodeFs);
    const a = createDraftLibrary({ root, fs: counted.fs });
    const b = createDraftLibrary({ root });
    const drafts: Protocol[] = [];
    for (const body of ['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Byggnadsnämnden']) {
      drafts.push(await b.createFromTemplate(municipalTemplate(), { body }));
    }
    const draftsDir = join(root, 'drafts');
    /** Lists with `a` until the index vouches for the folder; returns the per-draft stats of a listing. */
    async function settle(): Promise<void> {
      const past = new Date(Date.now() - 60_000);
      await utimes(draftsDir, past, past);
      await a.list();
      await a.list();
    }
    async function listCounted() {
      counted.calls.length = 0;
      const list = await a.list();
      const draftStats = counted.calls.filter((c) => /^stat .*\.protokoll$/.test(c)).length;
      return { list, draftStats };
    }
    return { root, a, b, drafts, draftsDir, settle, listCounted };
  }

  const bodies = (list: { body: string }[]) => list.map((s) => s.body).sort();

  it('reads no draft file when nothing changed', async () => {
    const { settle, listCounted, drafts } = await setup();
    await settle();
    const { list, draftStats } = await listCounted();
    expect(draftStats).toBe(0);
    expect(list.map((s) => s.id).sort()).toEqual(drafts.map((d) => d.id).sort());
  });

  it('never hides a save, a new draft, a deletion or a rename made elsewhere', async () => {
    const { b, drafts, draftsDir, settle, listCounted } = await setup();
    const [first, second, third] = drafts as [Protocol, Protocol, Protocol];
    const changes: [
      string,
      () => Promise<void>,
      (list: Awaited<ReturnType<DraftLibrary['list']>>) => void,
    ][] = [
      [
        'a save',
        async () => {
          const loaded = (await b.load(first.id)).protocol;
          await b.save({ ...loaded, meeting: { ...loaded.meeting, body: 'Kulturnämnden' } });
        },
        (list) => expect(bodies(list)).toContain('Kulturnämnden'),
      ],
      [
        'a new draft',
        async () => {
          await b.createFromTemplate(municipalTemplate(), { body: 'Valnämnden' });
        },
        (list) => expect(bodies(list)).toContain('Valnämnden'),
      ],
      [
        'a deletion',
        () => b.trash(second.id),
        (list) => expect(list.map((s) => s.id)).not.toContain(second.id),
      ],
      [
        'a rename',
        () => rename(join(draftsDir, `${third.id}.protokoll`), join(draftsDir, `${third.id}.bak`)),
        (list) => expect(list.map((s) => s.id)).not.toContain(third.id),
      ],
    ];
    for (const [what, change, check] of changes) {
      await settle();
      expect((await listCounted()).draftStats, `fast before ${what}`).toBe(0);
      await change();
      const { list } = await listCounted();
      check(list);
    }
  });

  it('checks every draft when the folder changed within 2 s of the index (a coarse file time)', async () => {
    const { a, b, drafts, draftsDir, settle, listCounted } = await setup();
    const first = drafts[0]!;
    await settle();
    const loaded = (await b.load(first.id)).protocol;
    await b.save({ ...loaded, meeting: { ...loaded.meeting, body: 'Kulturnämnden' } });
    // The server's time of that change, in whole milliseconds so it can be set again exactly.
    const changedAt = new Date(Math.floor((await stat(draftsDir)).mtimeMs));
    await utimes(draftsDir, changedAt, changedAt);
    const recorded = (await stat(draftsDir)).mtimeMs;
    expect(bodies(await a.list())).toContain('Kulturnämnden'); // records the folder as changed now
    // Another save that the server stamps with the same folder time (whole seconds, 2-s steps).
    const again = (await b.load(first.id)).protocol;
    await b.save({ ...again, meeting: { ...again.meeting, body: 'Miljönämnden' } });
    await utimes(draftsDir, changedAt, changedAt);
    expect((await stat(draftsDir)).mtimeMs).toBe(recorded);
    const { list, draftStats } = await listCounted();
    expect(draftStats).toBeGreaterThan(0);
    expect(bodies(list)).toContain('Miljönämnden');
  });
});
