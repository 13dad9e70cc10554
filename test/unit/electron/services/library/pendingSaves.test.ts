import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { createPendingSaves } from '../../../../../electron/services/drafts/pendingSaves';
import { municipalTemplate, snapshotTree, tempFolder } from '../drafts/helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-pending-'));
});
afterEach(() => cleanup());

const withDnr = <T extends { meeting: object }>(p: T, dnr: string): T => ({
  ...p,
  meeting: { ...p.meeting, dnr },
});

it('a save while the shared folder is gone is kept locally, says so, and is written back when it returns', async () => {
  const shared = join(dir, 'share');
  const away = join(dir, 'share-away');
  const library = createDraftLibrary({ root: shared, createRoot: false });
  await createDraftLibrary({ root: shared }).list();
  const pending = createPendingSaves({ dir: join(dir, 'userData', 'pending-saves') });
  const draft = await library.createFromTemplate(municipalTemplate(), { body: 'KS' });
  await library.load(draft.id);

  await rename(shared, away);
  const receipt = await pending.save(library, withDnr(draft, 'KEPT'));
  expect(receipt.keptLocally?.sv).toBe(
    'Nätverksmappen kan inte nås – sparas lokalt tills den är tillbaka',
  );
  // Nothing was created in the vanished folder's place; the journal is local.
  await expect(readdir(shared)).rejects.toMatchObject({ code: 'ENOENT' });
  expect(await readdir(join(dir, 'userData', 'pending-saves'))).toHaveLength(1);
  expect(await pending.writeBack(library)).toEqual({ written: 0, waiting: 1 });

  await rename(away, shared);
  expect(await pending.writeBack(library)).toEqual({ written: 1, waiting: 0 });
  expect((await library.load(draft.id)).protocol.meeting.dnr).toBe('KEPT');
  expect(await readdir(join(dir, 'userData', 'pending-saves'))).toHaveLength(0);
});

it('a kept save never overwrites a version made elsewhere meanwhile, even after a restart', async () => {
  const shared = join(dir, 'share');
  const away = join(dir, 'share-away');
  const journal = join(dir, 'userData', 'pending-saves');
  const mine = createDraftLibrary({ root: shared });
  const draft = await mine.createFromTemplate(municipalTemplate(), { body: 'KS' });
  await mine.load(draft.id);

  await rename(shared, away);
  expect(
    (await createPendingSaves({ dir: journal }).save(mine, withDnr(draft, 'MINE'))).keptLocally,
  ).toBeDefined();
  await rename(away, shared);
  // Another secretary saves while this instance is closed.
  const other = createDraftLibrary({ root: shared });
  await other.load(draft.id);
  await other.save(withDnr(draft, 'THEIRS'));
  const before = await snapshotTree(join(shared, 'drafts'));

  // A new instance (after a restart: it remembers nothing) writes the journal back.
  const restarted = createDraftLibrary({ root: shared });
  expect(await createPendingSaves({ dir: journal }).writeBack(restarted)).toEqual({
    written: 1,
    waiting: 0,
  });
  expect((await restarted.load(draft.id)).protocol.meeting.dnr).toBe('THEIRS');
  const after = await snapshotTree(join(shared, 'drafts'));
  for (const [file, hash] of before) expect(after.get(file)).toBe(hash);
  const copies = (await restarted.list()).filter((d) => d.id.startsWith(`${draft.id}-konflikt-`));
  expect(copies).toHaveLength(1);
  expect((await restarted.load(copies[0]!.id)).protocol.meeting.dnr).toBe('MINE');
});
