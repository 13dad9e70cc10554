import { spawn } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { municipalTemplate, tempFolder } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('paragraf-instances-')));
afterEach(() => cleanup());

const withBody = (p: Protocol, body: string): Protocol => ({
  ...p,
  meeting: { ...p.meeting, body },
});

/** The pid of a process that has exited (so it is provably dead on this host). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

it('start-up removes only temp files of dead processes, in the drafts folder and the library root', async () => {
  const root = join(dir, 'lib');
  const lib = createDraftLibrary({ root });
  const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Temp' });
  const host =
    hostname()
      .replace(/[^A-Za-z0-9-]/g, '')
      .slice(0, 32) || 'host';
  const dead = await deadPid();
  const drafts = join(root, 'drafts');
  const live = `.${p.id}.protokoll.${host}.${process.pid}.0a1b2c3d4e5f.tmp`;
  const otherHost = `.${p.id}.protokoll.annan-dator.${dead}.0a1b2c3d4e5f.tmp`;
  const gone = [
    join(drafts, `.${p.id}.protokoll.${host}.${dead}.0a1b2c3d4e5f.tmp`),
    join(root, `.index.json.${host}.${dead}.0a1b2c3d4e5f.tmp`),
    join(root, `.imports.json.${host}.${dead}.0a1b2c3d4e5f.tmp`),
  ];
  for (const file of [join(drafts, live), join(drafts, otherHost), ...gone]) {
    await writeFile(file, '{"half');
  }
  // Without an owner in its name (an older version's temp file): removed once it is old.
  const legacy = join(drafts, `.${p.id}.protokoll.abc123abc123.tmp`);
  await writeFile(legacy, '{"half');
  const legacyFresh = `.${p.id}.protokoll.def456def456.tmp`;
  await writeFile(join(drafts, legacyFresh), '{"half');
  const dayAgo = new Date(Date.now() - 25 * 3_600_000);
  await utimes(legacy, dayAgo, dayAgo);

  const reopened = createDraftLibrary({ root });
  expect((await reopened.list()).map((s) => s.id)).toEqual([p.id]);
  expect((await readdir(drafts)).sort()).toEqual(
    [`${p.id}.protokoll`, live, otherHost, legacyFresh].sort(),
  );
  expect((await readdir(root)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

it('a draft changed by another instance is not overwritten: ours becomes a conflict copy', async () => {
  const root = join(dir, 'lib');
  const first = createDraftLibrary({ root });
  const second = createDraftLibrary({ root });
  const p = await first.createFromTemplate(municipalTemplate(), { body: 'Gemensam' });
  expect((await second.load(p.id)).protocol.meeting.body).toBe('Gemensam');

  const saved = await first.save(withBody(p, 'Från första fönstret'));
  expect(saved.conflict).toBeUndefined();
  const receipt = await second.save(withBody(p, 'Från andra fönstret'));

  expect(receipt.conflict?.sv).toBe(
    'Utkastet har ändrats i ett annat fönster – din version sparades som en kopia.',
  );
  const copyId = receipt.conflict!.copyId;
  expect(copyId).not.toBe(p.id);
  expect((await first.load(p.id)).protocol.meeting.body).toBe('Från första fönstret');
  const copy = await second.load(copyId);
  expect(copy.protocol.meeting.body).toBe('Från andra fönstret');
  expect(copy.protocol.id).toBe(copyId);
  const list = await second.list();
  expect(list.map((s) => s.id).sort()).toEqual([p.id, copyId].sort());
  expect(list.find((s) => s.id === copyId)!.title).toMatch(/\(konflikt\)$/);

  // Each instance keeps saving its own draft without further conflicts.
  expect((await first.save(withBody(p, 'Första igen'))).conflict).toBeUndefined();
  expect((await second.save(withBody(copy.protocol, 'Kopian igen'))).conflict).toBeUndefined();
  // A save of what this instance already saw (its own last save) is not a conflict either.
  expect((await first.save(withBody(p, 'Första en gång till'))).conflict).toBeUndefined();
});
