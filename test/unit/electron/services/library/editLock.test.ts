import { spawnSync } from 'node:child_process';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { libraryPaths } from '../../../../../electron/services/drafts/draftPaths';
import { createEditLocks } from '../../../../../electron/services/drafts/editLock';
import { nodeFs } from '../../../../../electron/services/files/fsLayer';
import { HOST } from '../../../../../electron/services/files/ownedTemp';
import { createDispatcher } from '../../../../../electron/services/ipcDispatcher';
import {
  createMemorySettingsStore,
  createSettingsService,
} from '../../../../../electron/services/settings';
import type { LoadedDraft, SaveReceipt } from '../../../../../shared/ipc/contract';
import { municipalTemplate, tempFolder } from '../drafts/helpers';

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const t = await tempFolder('paragraf-editlock-');
  root = join(t.dir, 'shared');
  cleanup = t.cleanup;
  await createDraftLibrary({ root }).list();
});
afterEach(() => cleanup());

const locksAs = (user: string, host?: string) =>
  createEditLocks(nodeFs, libraryPaths(root), { user: () => user, ...(host ? { host } : {}) });

/** A window of one secretary: the real dispatcher over the shared library with its own locks. */
function secretary(user: string, host: string) {
  const drafts = createDraftLibrary({ root });
  const editLocks = locksAs(user, host);
  const dispatch = createDispatcher({
    drafts,
    editLocks,
    exporter: {} as never,
    search: {} as never,
    settings: createSettingsService(createMemorySettingsStore()),
    dialogs: {} as never,
    appendixGrants: {} as never,
    openPath: async () => {},
    log: () => {},
  });
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.en}`);
    return r.value as T;
  };
  return { drafts, editLocks, call };
}

it('a draft open in one window opens read-only elsewhere, naming who has it, until taken over', async () => {
  const anna = secretary('Anna', 'KS-PC12');
  const bo = secretary('Bo', 'KS-PC14');
  const draft = await anna.drafts.createFromTemplate(municipalTemplate(), { body: 'KS' });
  expect((await anna.call<LoadedDraft>('drafts.open', draft.id)).heldBy).toBeUndefined();

  const seen = await bo.call<LoadedDraft>('drafts.open', draft.id);
  expect(seen.heldBy).toMatchObject({ user: 'Anna', host: 'KS-PC12' });
  expect(Date.parse(seen.heldBy!.since)).not.toBeNaN();

  // A save from the read-only window never replaces Anna's draft: it becomes a copy.
  const receipt = await bo.call<SaveReceipt>('drafts.save', {
    ...seen.protocol,
    meeting: { ...seen.protocol.meeting, dnr: 'BO' },
  });
  expect(receipt.conflict?.copyId).toMatch(/-konflikt-/);
  expect((await anna.drafts.load(draft.id)).protocol.meeting.dnr).not.toBe('BO');

  // Ta över: Bo holds it now; Anna's next save becomes a copy instead of overwriting Bo.
  const taken = await bo.call<LoadedDraft>('drafts.takeOver', draft.id);
  expect(taken.heldBy).toBeUndefined();
  expect(await anna.editLocks.heldElsewhere(draft.id)).toMatchObject({ user: 'Bo' });
  const annaSave = await anna.call<SaveReceipt>('drafts.save', {
    ...draft,
    meeting: { ...draft.meeting, dnr: 'ANNA' },
  });
  expect(annaSave.conflict).toBeDefined();
  expect((await bo.drafts.load(draft.id)).protocol.meeting.dnr).not.toBe('ANNA');

  // Closing releases it: Anna can take it again without taking over.
  await bo.call('drafts.close', draft.id);
  expect((await anna.call<LoadedDraft>('drafts.open', draft.id)).heldBy).toBeUndefined();
});

it('a version is not restored and the draft not trashed while another secretary edits it', async () => {
  const anna = secretary('Anna', 'KS-PC12');
  const bo = secretary('Bo', 'KS-PC14');
  const draft = await anna.drafts.createFromTemplate(municipalTemplate(), { body: 'KS' });
  await anna.call('drafts.open', draft.id);
  await anna.call('drafts.save', { ...draft, meeting: { ...draft.meeting, dnr: 'KS 2025/1' } });
  const [version] = await bo.drafts.history(draft.id);
  expect(version).toBeDefined();

  for (const [channel, payload] of [
    ['drafts.restoreVersion', { id: draft.id, versionId: version!.versionId }],
    ['drafts.trash', draft.id],
  ] as const) {
    await expect(bo.call(channel, payload), channel).rejects.toThrow(
      /Anna on KS-PC12 is editing it/,
    );
  }
  expect((await anna.drafts.load(draft.id)).protocol.meeting.dnr).toBe('KS 2025/1');
  expect((await bo.drafts.list()).some((d) => d.id === draft.id)).toBe(true);

  // Once Anna has closed it, Bo may restore (and a restore in her own window always works).
  await anna.call('drafts.close', draft.id);
  await bo.call('drafts.restoreVersion', { id: draft.id, versionId: version!.versionId });
});

it('a lock whose holder exited on this computer is stale at once', async () => {
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  const pid = Number(dead.stdout.toString());
  const holder = locksAs('Anna');
  const id = (await createDraftLibrary({ root }).createFromTemplate(municipalTemplate())).id;
  await holder.open(id);
  // Rewrite the lock as if that exited process had taken it on this computer.
  const file = join(root, 'locks', `${id}.edit`);
  const lock = JSON.parse(await nodeFs.readFile(file, 'utf8')) as Record<string, unknown>;
  await nodeFs.open(file, 'w').then(async (h) => {
    await h.writeFile(JSON.stringify({ ...lock, pid, host: HOST, token: 'gone' }));
    await h.close();
  });
  expect(await locksAs('Bo').open(id)).toBeNull();
});

it("another computer's lock is stale only after five minutes without a heartbeat", async () => {
  const id = (await createDraftLibrary({ root }).createFromTemplate(municipalTemplate())).id;
  const anna = locksAs('Anna', 'KS-PC12');
  await anna.open(id);
  const file = join(root, 'locks', `${id}.edit`);
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  await utimes(file, ago(4), ago(4));
  expect(await locksAs('Bo', 'KS-PC14').open(id)).toMatchObject({ user: 'Anna' });
  // The heartbeat keeps it fresh.
  await anna.refresh();
  await utimes(file, ago(6), ago(6));
  expect(await locksAs('Bo', 'KS-PC14').open(id)).toBeNull();
  // Anna's next refresh notices she no longer holds it.
  await anna.refresh();
  expect(anna.holds(id)).toBe(false);
});

it('a damaged or hostile lock file names nobody: the draft opens for editing and the lock is replaced', async () => {
  const id = (await createDraftLibrary({ root }).createFromTemplate(municipalTemplate())).id;
  const file = join(root, 'locks', `${id}.edit`);
  await locksAs('Anna', 'KS-PC12').open(id);
  const valid = JSON.parse(await nodeFs.readFile(file, 'utf8')) as Record<string, unknown>;
  const hostile: unknown[] = [null, 12, -1, {}, [], true, 'a'.repeat(5000), '\u0000', '__proto__'];
  const texts: string[] = ['', '{', 'null', '[]', '"x"', 'x'.repeat(100_000)];
  // Every field of a real lock, replaced by each hostile value or left out.
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...rest } = valid;
    texts.push(JSON.stringify(rest));
    for (const value of hostile) texts.push(JSON.stringify({ ...valid, [key]: value }));
  }
  let opened = 0;
  for (const text of texts) {
    const h = await nodeFs.open(file, 'w');
    await h.writeFile(text);
    await h.close();
    const bo = locksAs('Bo', 'KS-PC14');
    const holder = await bo.open(id);
    // Some variants are still a valid lock of Anna's (an unchanged field): then she holds it.
    if (holder === null) {
      opened++;
      expect(bo.holds(id)).toBe(true);
      expect(JSON.parse(await nodeFs.readFile(file, 'utf8'))).toMatchObject({ user: 'Bo' });
    } else {
      expect(holder.user.length).toBeLessThanOrEqual(200);
    }
  }
  expect(opened).toBeGreaterThan(texts.length / 2);
});
