import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary, type DraftLibrary } from '../../../../../electron/services/drafts';
import { serializeProtocol } from '../../../../../shared/protocol/parse';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { municipalTemplate, tempFolder } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let lib: DraftLibrary;
let clock: number;

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  clock = Date.parse('2024-03-12T08:00:00Z');
  // A clock that moves one second per call, so versions have distinct times.
  lib = createDraftLibrary({
    root: join(dir, 'lib'),
    historyLimit: 3,
    now: () => new Date((clock += 1000)),
  });
});
afterEach(() => cleanup());

function withTitle(p: Protocol, title: string): Protocol {
  return { ...p, items: p.items.map((item, i) => (i === 0 ? { ...item, title } : item)) };
}

describe('drafts library', () => {
  it('creates a draft from a template and lists it with body, date, title, status and item range', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), {
      body: 'Kommunstyrelsen',
      date: '2024-03-12',
    });
    const list = await lib.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: p.id,
      body: 'Kommunstyrelsen',
      date: '2024-03-12',
      title: p.meeting.documentKind,
      status: 'utkast',
    });
    expect(list[0]!.itemRange).toMatch(/^§ \d+–\d+$/);
    expect(Date.parse(list[0]!.updatedAt)).not.toBeNaN();
  });

  it('saves and loads the same protocol', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Socialnämnden' });
    const edited = withTitle(p, 'Val av justerare och tid för justering');
    await lib.save(edited);
    const loaded = await lib.load(p.id);
    expect(loaded.protocol).toEqual(edited);
    expect(loaded.recovered).toBeUndefined();
    expect((await lib.list())[0]!.body).toBe('Socialnämnden');
  });

  it('keeps the last versions and restores any of them', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Nämnd' });
    for (const n of [1, 2, 3, 4, 5]) await lib.save(withTitle(p, `Version ${n}`));
    const versions = await lib.history(p.id);
    expect(versions).toHaveLength(3); // historyLimit
    expect(versions.map((v) => v.savedAt)).toEqual(
      [...versions.map((v) => v.savedAt)].sort().reverse(),
    );
    // Each version says what it changed since the one before it (the oldest kept has none before).
    expect(versions.map((v) => v.changes)).toEqual([
      '§ 1 ändrad',
      '§ 1 ändrad',
      'Första sparade versionen',
    ]);
    const oldest = versions[2]!;
    const restored = await lib.restoreVersion(p.id, oldest.versionId);
    expect(restored.items[0]!.title).toBe('Version 2');
    expect((await lib.load(p.id)).protocol.items[0]!.title).toBe('Version 2');
    // The restore itself is undoable: version 5 is now in the history.
    const titles = await Promise.all(
      (await lib.history(p.id)).map(async (v) => {
        const text = await readFile(
          join(dir, 'lib', 'history', p.id, `${v.versionId}.protokoll`),
          'utf8',
        );
        return (JSON.parse(text) as Protocol).items[0]!.title;
      }),
    );
    expect(titles).toContain('Version 5');
  });

  it('moves a draft with its history to the trash and back', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Kultur' });
    await lib.save(withTitle(p, 'Andra'));
    await lib.trash(p.id);
    expect(await lib.list()).toEqual([]);
    expect((await lib.listTrash()).map((s) => s.id)).toEqual([p.id]);
    await expect(lib.load(p.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(lib.save(p)).rejects.toMatchObject({ code: 'in-trash' });
    const back = await lib.restoreFromTrash(p.id);
    expect(back.items[0]!.title).toBe('Andra');
    expect((await lib.list()).map((s) => s.id)).toEqual([p.id]);
    expect(await lib.listTrash()).toEqual([]);
    expect(await lib.history(p.id)).toHaveLength(1);
  });

  it('imports an external file, giving a new id when the id is taken, and exports a copy', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Import' });
    const external = join(dir, 'extern.protokoll');
    await writeFile(external, serializeProtocol(withTitle(p, 'Från en kollega')));
    const before = await readFile(external, 'utf8');
    const imported = await lib.importFile(external);
    expect(imported.id).not.toBe(p.id);
    expect(imported.items[0]!.title).toBe('Från en kollega');
    expect(await readFile(external, 'utf8')).toBe(before);
    expect((await lib.load(p.id)).protocol.items[0]!.title).not.toBe('Från en kollega');
    expect(await lib.list()).toHaveLength(2);

    const out = join(dir, 'kopia.protokoll');
    await lib.exportCopy(imported.id, out);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(imported);
    await expect(
      lib.exportCopy(imported.id, join(dir, 'lib', 'drafts', 'x.protokoll')),
    ).rejects.toMatchObject({
      code: 'inside-library',
    });
  });

  it('recovers the newest intact version when the saved file is damaged, keeping the damaged file', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Kris' });
    await lib.save(withTitle(p, 'Hel version'));
    await lib.save(withTitle(p, 'Senaste'));
    const file = join(dir, 'lib', 'drafts', `${p.id}.protokoll`);
    await writeFile(file, '{"schemaVersion":1,"id":"tru');
    const summary = (await lib.list())[0]!;
    expect(summary.damaged).toBe(true);
    expect(summary.body).toBe('Kris');

    const loaded = await lib.load(p.id);
    expect(loaded.protocol.items[0]!.title).toBe('Hel version');
    expect(loaded.recovered?.sv).toContain('skadad');
    expect(loaded.recovered?.en).toContain('damaged');
    expect(await readFile(loaded.recovered!.quarantinedFile, 'utf8')).toBe(
      '{"schemaVersion":1,"id":"tru',
    );
    expect((await lib.load(p.id)).recovered).toBeUndefined();
    expect((await lib.list())[0]!.damaged).toBeUndefined();
  });

  it('keeps a foreign file aside and says so when nothing intact is left', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Främmande' });
    const file = join(dir, 'lib', 'drafts', `${p.id}.protokoll`);
    await writeFile(file, 'PK\u0003\u0004 not a protokoll');
    await expect(lib.load(p.id)).rejects.toMatchObject({ code: 'unrecoverable' });
    const quarantined = await readdir(join(dir, 'lib', 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(await readFile(join(dir, 'lib', 'quarantine', quarantined[0]!), 'utf8')).toContain(
      'not a protokoll',
    );
  });

  it('refuses path-like ids', async () => {
    for (const id of ['../../x', '..', 'a/b', '', 'x'.repeat(65), 'a\\b']) {
      await expect(lib.load(id)).rejects.toMatchObject({ code: 'invalid-id' });
      await expect(lib.trash(id)).rejects.toMatchObject({ code: 'invalid-id' });
      await expect(lib.history(id)).rejects.toMatchObject({ code: 'invalid-id' });
    }
    await expect(lib.restoreVersion('ok', '../../../etc')).rejects.toMatchObject({
      code: 'invalid-version',
    });
  });

  it('lists correctly when a file changed behind the index', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Före' });
    expect((await lib.list())[0]!.body).toBe('Före');
    const other = createDraftLibrary({ root: join(dir, 'lib') });
    await other.save({ ...p, meeting: { ...p.meeting, body: 'Efter' } });
    expect((await lib.list())[0]!.body).toBe('Efter');
    await writeFile(join(dir, 'lib', 'index.json'), 'garbage');
    const fresh = createDraftLibrary({ root: join(dir, 'lib') });
    expect((await fresh.list())[0]!.body).toBe('Efter');
  });

  it('cleans up temp files of an interrupted save', async () => {
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Temp' });
    const drafts = join(dir, 'lib', 'drafts');
    // A temp file without an owner in its name, left long ago by an older version.
    const leftover = join(drafts, `.${p.id}.protokoll.abc123.tmp`);
    await writeFile(leftover, '{"half');
    await utimes(leftover, new Date('2001-01-01'), new Date('2001-01-01'));
    const reopened = createDraftLibrary({ root: join(dir, 'lib') });
    expect((await reopened.list()).map((s) => s.id)).toEqual([p.id]);
    expect(await readdir(drafts)).toEqual([`${p.id}.protokoll`]);
  });
});

describe('history spacing', () => {
  it('keeps at most one version per interval but always the one a restore replaces', async () => {
    const spaced = createDraftLibrary({
      root: join(dir, 'spaced'),
      historyIntervalMs: 60_000,
      now: () => new Date((clock += 1000)),
    });
    const p = await spaced.createFromTemplate(municipalTemplate(), { body: 'Glest' });
    for (const n of [1, 2, 3, 4]) await spaced.save(withTitle(p, `Version ${n}`));
    const versions = await spaced.history(p.id);
    expect(versions).toHaveLength(1);
    await spaced.restoreVersion(p.id, versions[0]!.versionId);
    const after = await spaced.history(p.id);
    expect(after).toHaveLength(2);
    const restoredAway = JSON.parse(
      await readFile(
        join(dir, 'spaced', 'history', p.id, `${after[0]!.versionId}.protokoll`),
        'utf8',
      ),
    ) as Protocol;
    expect(restoredAway.items[0]!.title).toBe('Version 4');
  });
});
