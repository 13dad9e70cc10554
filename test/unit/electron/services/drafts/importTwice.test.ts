import * as fsPromises from 'node:fs/promises';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDraftLibrary,
  type DraftLibrary,
  type FsLayer,
} from '../../../../../electron/services/drafts';
import { serializeProtocol } from '../../../../../shared/protocol/parse';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { municipalTemplate, tempFolder } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let lib: DraftLibrary;
let external: string;
let original: Protocol;
let clock: number;
const logs: string[] = [];

function library(fs?: FsLayer): DraftLibrary {
  return createDraftLibrary({
    root: join(dir, 'lib'),
    now: () => new Date((clock += 1000)),
    log: (m) => logs.push(m),
    ...(fs ? { fs } : {}),
  });
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-import-twice-'));
  clock = Date.parse('2024-03-12T08:00:00Z');
  logs.length = 0;
  lib = library();
  // A colleague's file: made in another library, so its id is unknown here.
  const other = createDraftLibrary({ root: join(dir, 'other') });
  original = await other.createFromTemplate(municipalTemplate(), { body: 'Socialnämnden' });
  external = join(dir, 'sn-2024-03-12.protokoll');
  await writeFile(external, serializeProtocol(original));
});
afterEach(() => cleanup());

function withFirstTitle(p: Protocol, title: string): Protocol {
  return { ...p, items: p.items.map((item, i) => (i === 0 ? { ...item, title } : item)) };
}

describe('opening the same external file again', () => {
  it('opens the draft already made from it, with the edits made since', async () => {
    const first = await lib.importPath(external);
    expect(first.outcome).toBe('new');
    await lib.save(withFirstTitle(first.protocol, 'Ändrat i Paragraf'));

    const again = await lib.importPath(external);
    expect(again.outcome).toBe('existing');
    expect(again.protocol.id).toBe(first.protocol.id);
    expect(again.protocol.items[0]!.title).toBe('Ändrat i Paragraf');
    expect(await lib.list()).toHaveLength(1);
    // The plain importFile (open dialog, double-click) behaves the same.
    expect((await lib.importFile(external)).id).toBe(first.protocol.id);
    expect(await lib.list()).toHaveLength(1);
  });

  it('counts a file only reformatted (same content) as unchanged', async () => {
    const first = await lib.importPath(external);
    await writeFile(external, JSON.stringify(original));
    const again = await lib.importPath(external);
    expect(again).toMatchObject({ outcome: 'existing', protocol: { id: first.protocol.id } });
  });

  it('updates a draft not edited since the import to the changed file, keeping the old content as a version', async () => {
    const first = await lib.importPath(external);
    await writeFile(
      external,
      serializeProtocol(withFirstTitle(original, 'Ny version från kollegan')),
    );

    const again = await lib.importPath(external);
    expect(again.outcome).toBe('updated');
    expect(again.protocol.id).toBe(first.protocol.id);
    expect((await lib.load(first.protocol.id)).protocol.items[0]!.title).toBe(
      'Ny version från kollegan',
    );
    expect(await lib.list()).toHaveLength(1);
    const versions = await lib.history(first.protocol.id);
    expect(versions.length).toBeGreaterThanOrEqual(1);
    const restored = await lib.restoreVersion(first.protocol.id, versions[0]!.versionId);
    expect(restored.items[0]!.title).toBe(original.items[0]!.title);
  });

  it('keeps an edited draft and imports the changed file as a new copy marked in the list', async () => {
    const first = await lib.importPath(external);
    await lib.save(withFirstTitle(first.protocol, 'Mina ändringar'));
    await writeFile(external, serializeProtocol(withFirstTitle(original, 'Kollegans ändringar')));

    const again = await lib.importPath(external);
    expect(again.outcome).toBe('new-copy');
    expect(again.protocol.id).not.toBe(first.protocol.id);
    expect(again.protocol.items[0]!.title).toBe('Kollegans ändringar');
    expect((await lib.load(first.protocol.id)).protocol.items[0]!.title).toBe('Mina ändringar');

    const list = await lib.list();
    const titles = Object.fromEntries(list.map((s) => [s.id, s.title]));
    expect(titles[again.protocol.id]).toBe('Protokoll – ny kopia av sn-2024-03-12.protokoll');
    expect(titles[first.protocol.id]).toBe('Protokoll');

    // The copy's own file, opened again unchanged, opens the copy.
    expect(await lib.importPath(external)).toMatchObject({
      outcome: 'existing',
      protocol: { id: again.protocol.id },
    });
  });

  it('imports again as new when the earlier draft is in the trash', async () => {
    const first = await lib.importPath(external);
    await lib.trash(first.protocol.id);
    const again = await lib.importPath(external);
    expect(again.outcome).toBe('new');
    expect(again.protocol.id).not.toBe(first.protocol.id);
    expect((await lib.listTrash()).map((s) => s.id)).toEqual([first.protocol.id]);
  });

  it('makes one draft when the same file is opened twice at once', async () => {
    const [a, b] = await Promise.all([lib.importPath(external), lib.importPath(external)]);
    expect(a.protocol.id).toBe(b.protocol.id);
    expect((await lib.list()).map((s) => s.id)).toEqual([a.protocol.id]);
  });

  it('treats a damaged registry as empty: a new draft, nothing lost', async () => {
    const first = await lib.importPath(external);
    await writeFile(join(dir, 'lib', 'imports.json'), '{"registryVersion":1,"records":{"x');
    const again = await library().importPath(external);
    expect(again.outcome).toBe('new');
    expect((await lib.list()).map((s) => s.id).sort()).toEqual(
      [first.protocol.id, again.protocol.id].sort(),
    );
    // The registry is whole again and links the new draft.
    const registry = JSON.parse(await readFile(join(dir, 'lib', 'imports.json'), 'utf8'));
    expect(Object.keys(registry.records)).toEqual([again.protocol.id]);
  });

  it('keeps the imported draft when the registry cannot be written (a crash between the two writes)', async () => {
    const failing: FsLayer = {
      ...fsPromises,
      open: ((path: string, ...rest: unknown[]) =>
        String(path).includes('imports.json')
          ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
          : (fsPromises.open as (...a: unknown[]) => unknown)(path, ...rest)) as FsLayer['open'],
    };
    const broken = library(failing);
    const first = await broken.importPath(external);
    expect(first.outcome).toBe('new');
    expect((await broken.load(first.protocol.id)).protocol.meeting.body).toBe('Socialnämnden');
    expect(logs.some((m) => m.startsWith(`could not record the import of ${external}`))).toBe(true);
    // Without the link the next open is a new draft: a duplicate at worst, never a loss.
    expect((await broken.importPath(external)).outcome).toBe('new');
    expect(await broken.list()).toHaveLength(2);
  });
});
