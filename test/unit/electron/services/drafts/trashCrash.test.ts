import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftLibrary, type DraftLibrary } from '../../../../../electron/services/drafts';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { crashingFs, SimulatedCrash } from './crashingFs';
import { municipalTemplate, tempFolder } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder('paragraf-trash-crash-')));
afterAll(() => cleanup());

let round = 0;

/** A library holding one draft with two earlier versions; trashed first when `inTrash`. */
async function libraryWithDraft(inTrash: boolean): Promise<{ root: string; p: Protocol }> {
  const root = join(dir, `lib-${++round}`);
  const lib = createDraftLibrary({ root });
  const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Papperskorgen' });
  for (const body of ['Andra', 'Tredje']) await lib.save({ ...p, meeting: { ...p.meeting, body } });
  if (inTrash) await lib.trash(p.id);
  return { root, p };
}

/**
 * After any crash the draft is either in the library or in the trash, never both or neither,
 * with its two earlier versions, and it can be saved (restoring it first when it is in the trash).
 */
async function expectUsable(root: string, p: Protocol): Promise<string> {
  const lib: DraftLibrary = createDraftLibrary({ root });
  const live = (await lib.list()).some((s) => s.id === p.id);
  const trashed = (await lib.listTrash()).some((s) => s.id === p.id);
  expect(live !== trashed, `live ${live}, in trash ${trashed}`).toBe(true);
  if (trashed) await lib.restoreFromTrash(p.id);
  expect((await lib.load(p.id)).protocol.meeting.body).toBe('Tredje');
  expect(await lib.history(p.id)).toHaveLength(2);
  await lib.save({ ...p, meeting: { ...p.meeting, body: 'Efter kraschen' } });
  expect((await lib.load(p.id)).protocol.meeting.body).toBe('Efter kraschen');
  // Trash and restore still work afterwards, and nothing is left half-moved.
  await lib.trash(p.id);
  await lib.restoreFromTrash(p.id);
  expect(await readdir(join(root, 'trash'))).toEqual([]);
  return live ? 'live' : 'trash';
}

describe.each([
  ['trash', false, (lib: DraftLibrary, id: string) => lib.trash(id)],
  ['restore', true, (lib: DraftLibrary, id: string) => lib.restoreFromTrash(id).then(() => {})],
])('a crash at any step of %s', (_name, inTrash, operation) => {
  it('never leaves a draft that cannot be saved or restored', async () => {
    const counting = crashingFs();
    const first = await libraryWithDraft(inTrash);
    // Count the steps once the library is open, so the crash lands inside the operation.
    const probe = createDraftLibrary({ root: first.root, fs: counting });
    await probe.listTrash();
    const before = counting.changes;
    await operation(probe, first.p.id);
    const steps = counting.changes - before;
    expect(steps).toBeGreaterThan(2);

    const outcomes: string[] = [];
    for (let k = 1; k <= steps; k++) {
      const { root, p } = await libraryWithDraft(inTrash);
      const fs = crashingFs();
      const dying = createDraftLibrary({ root, fs });
      await dying.listTrash();
      fs.crashAt = fs.changes + k;
      await operation(dying, p.id).catch((error: unknown) => {
        // The library may wrap the crash in its own error; anything else is a real failure.
        if (!(error instanceof SimulatedCrash) && !String(error).includes('simulated')) throw error;
      });
      // The dead process's locks name a pid that no longer runs, so the next start breaks them;
      // this process is still alive, so remove them as that would.
      await rm(join(root, 'locks'), { recursive: true, force: true });
      outcomes.push(await expectUsable(root, p));
    }
    // Both outcomes occur: the crash really landed before and after the commit point.
    expect(new Set(outcomes).size).toBe(2);
  });
});

it('an empty trash folder beside a live draft (left by an older version) does not block saving', async () => {
  const { root, p } = await libraryWithDraft(false);
  await mkdir(join(root, 'trash', p.id), { recursive: true });
  expect(await expectUsable(root, p)).toBe('live');
});
