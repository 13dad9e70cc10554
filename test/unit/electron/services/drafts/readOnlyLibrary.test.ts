import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary, type FsLayer } from '../../../../../electron/services/drafts';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { municipalTemplate, snapshotTree, tempFolder } from './helpers';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, mkdir '/lib/quarantine'`), { code });
}

async function exists(path: string): Promise<boolean> {
  return fsp.stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * A library folder on which every change fails with `code`, as on a read-only mount (where root
 * is refused too, unlike chmod). Like the kernel, mkdir of an existing folder still says EEXIST.
 */
function refusingFs(code: string): FsLayer & { armed: boolean } {
  const layer = { ...fsp, armed: false } as unknown as FsLayer & { armed: boolean };
  const refuse = <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    (async (...args: A) => {
      if (layer.armed) throw errno(code);
      return f(...args);
    }) as never;
  Object.assign(layer, {
    rename: refuse(fsp.rename),
    link: refuse(fsp.link),
    unlink: refuse(fsp.unlink),
    rm: refuse(fsp.rm),
    rmdir: refuse(fsp.rmdir),
    copyFile: refuse(fsp.copyFile),
    mkdir: (async (path: string, options?: { recursive?: boolean }) => {
      if (layer.armed && !(await exists(path))) throw errno(code);
      return fsp.mkdir(path, options);
    }) as never,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (layer.armed && flags && /[wax+]/.test(flags)) throw errno(code);
      return fsp.open(path, flags, mode);
    }) as never,
  });
  return layer;
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('paragraf-readonly-')));
afterEach(() => cleanup());

const withBody = (p: Protocol, body: string): Protocol => ({
  ...p,
  meeting: { ...p.meeting, body },
});

const cases: [string, string, RegExp][] = [
  ['EROFS', 'read-only', /Biblioteket är skrivskyddat – utkastet kan inte sparas här/],
  ['EACCES', 'no-permission', /behörighet.*kan inte sparas här/],
  ['EPERM', 'no-permission', /behörighet.*kan inte sparas här/],
  ['ENOSPC', 'disk-full', /Disken är full/],
];

describe.each(cases)('a library where every change fails with %s', (code, expected, sv) => {
  it('refuses a save with a clear message and keeps the saved version', async () => {
    const fs = refusingFs(code);
    const root = join(dir, 'lib');
    const lib = createDraftLibrary({ root, fs });
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Sparad' });
    await lib.save(withBody(p, 'Sparad igen'));
    fs.armed = true;
    const before = await snapshotTree(root);
    // A fresh start on the same folder too (its start-up cleanup must not fail either).
    for (const instance of [lib, createDraftLibrary({ root, fs })]) {
      const error = await instance.save(withBody(p, 'Aldrig sparad')).then(
        () => null,
        (e: unknown) => e as { code: string; en: string; sv: string },
      );
      expect(error?.code).toBe(expected);
      expect(error?.en).toContain(code);
      expect(error?.sv).toMatch(sv);
      expect(error?.sv).toContain('tidigare versionen finns kvar');
    }
    expect(await snapshotTree(root)).toEqual(before);
  });

  it('opens a damaged draft read-only from its newest intact version', async () => {
    const fs = refusingFs(code);
    const root = join(dir, 'lib');
    const lib = createDraftLibrary({ root, fs });
    const p = await lib.createFromTemplate(municipalTemplate(), { body: 'Första' });
    await lib.save(withBody(p, 'Andra'));
    await lib.save(withBody(p, 'Tredje'));
    await fsp.writeFile(join(root, 'drafts', `${p.id}.protokoll`), '{"trasig');
    fs.armed = true;
    const before = await snapshotTree(root);

    const loaded = await createDraftLibrary({ root, fs }).load(p.id);
    expect(loaded.protocol.meeting.body).toBe('Andra');
    expect(loaded.recovered?.sv).toMatch(sv);
    expect(loaded.recovered?.sv).toMatch(/senaste hela versionen/);
    expect(loaded.recovered?.en).toContain(code);
    expect(await snapshotTree(root)).toEqual(before);

    // Once the folder is writable again, opening moves the damaged file aside as usual.
    fs.armed = false;
    const again = await createDraftLibrary({ root, fs }).load(p.id);
    expect(again.protocol.meeting.body).toBe('Andra');
    expect(again.recovered?.quarantinedFile).toContain('quarantine');
  });
});
