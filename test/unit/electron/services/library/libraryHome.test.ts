import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { nodeFs, type FsLayer } from '../../../../../electron/services/files/fsLayer';
import { createLibraryHome, openLibraryAt } from '../../../../../electron/services/library';
import {
  createMemorySettingsStore,
  createSettingsService,
} from '../../../../../electron/services/settings';
import { suggestFirstNumber } from '../../../../../renderer/meeting/suggestFirstNumber';
import { municipalTemplate, snapshotTree, tempFolder } from '../drafts/helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-home-'));
});
afterEach(() => cleanup());

function homeWith(folderAnswer: () => string | null, fs: FsLayer = nodeFs) {
  const settings = createSettingsService(createMemorySettingsStore());
  const home = createLibraryHome({
    defaultFolder: join(dir, 'userData', 'library'),
    configuredFolder: () => settings.libraryFolder(),
    setConfiguredFolder: (f) => settings.setLibraryFolder(f),
    open: (folder, isDefault) => openLibraryAt(folder, isDefault, { userName: () => 'Anna', fs }),
    chooseFolder: async () => folderAnswer(),
    fs,
    now: () => new Date(2026, 11, 3, 9, 14),
  });
  return { home, settings };
}

it('moves the library: every file copied and verified, the old one kept renamed, the app reopened there', async () => {
  const share = join(dir, 'share');
  await mkdir(share);
  const { home, settings } = homeWith(() => share);
  const a = await home.drafts.createFromTemplate(municipalTemplate(), { body: 'KS' });
  await home.drafts.save({ ...a, meeting: { ...a.meeting, dnr: 'KS 1' } });
  const before = await snapshotTree(join(dir, 'userData', 'library', 'drafts'));

  expect(await home.chooseFolder()).toEqual({ folder: share, hasLibrary: false, draftCount: 0 });
  const change = await home.relocate('move');
  const kept = join(dir, 'userData', 'library-flyttat-20261203-0914');
  expect(change.oldLibraryKeptAt).toBe(kept);
  expect(change.sv).toContain(`Det gamla biblioteket finns kvar i ${kept}`);
  expect(settings.libraryFolder()).toBe(share);
  expect(home.info()).toMatchObject({ folder: share, isDefault: false });
  // The old library is intact under its new name.
  const old = await snapshotTree(join(kept, 'drafts'));
  expect([...old.values()]).toEqual([...before.values()]);
  // The app goes on in the new place: drafts listed, saved there.
  expect((await home.drafts.list()).map((d) => d.id)).toEqual([a.id]);
  await home.drafts.save({ ...a, meeting: { ...a.meeting, dnr: 'KS 2' } });
  expect((await stat(join(share, 'drafts', `${a.id}.protokoll`))).isFile()).toBe(true);
});

it('a copy that differs from the original stops the move: nothing switched, nothing renamed', async () => {
  const share = join(dir, 'share');
  await mkdir(share);
  const corrupting: FsLayer = {
    ...nodeFs,
    copyFile: async (from, to, mode) => {
      await nodeFs.copyFile(from, to, mode);
      const h = await nodeFs.open(to, 'r+');
      await h.write(Buffer.from('X'), 0, 1, 0);
      await h.close();
    },
  };
  const { home, settings } = homeWith(() => share, corrupting);
  await home.drafts.createFromTemplate(municipalTemplate(), { body: 'KS' });
  await home.chooseFolder();
  await expect(home.relocate('move')).rejects.toMatchObject({ code: 'library-copy-differs' });
  expect(settings.libraryFolder()).toBe('');
  expect(await readdir(join(dir, 'userData'))).toEqual(['library']);
  expect(home.info().isDefault).toBe(true);
});

it('uses a library already in the chosen folder; § numbering continues from its drafts', async () => {
  const share = join(dir, 'share');
  // A colleague's library with the body's protokoll ending at § 12.
  const colleague = homeWith(() => share);
  await colleague.home.chooseFolder();
  await colleague.home.relocate('move');
  const theirs = await colleague.home.drafts.createFromTemplate(municipalTemplate(), {
    body: 'KS',
  });
  const items = Array.from({ length: 12 }, (_, i) => ({ ...theirs.items[0]!, id: `it${i}` }));
  await colleague.home.drafts.save({
    ...theirs,
    meeting: { ...theirs.meeting, date: '2026-02-10' },
    items,
  });

  const { home } = homeWith(() => share);
  expect(await home.chooseFolder()).toEqual({ folder: share, hasLibrary: true, draftCount: 1 });
  await home.relocate('use-existing');
  const next = suggestFirstNumber(await home.drafts.list(), { body: 'KS', date: '2026-03-01' });
  expect(next?.number).toBe(13);
});

it('refuses to use a folder without a library, and to move onto one', async () => {
  const empty = join(dir, 'empty');
  await mkdir(empty);
  const { home } = homeWith(() => empty);
  await home.chooseFolder();
  await expect(home.relocate('use-existing')).rejects.toMatchObject({ code: 'no-library-there' });
  await mkdir(join(empty, 'drafts'));
  await expect(home.relocate('move')).rejects.toMatchObject({ code: 'library-exists' });
});
