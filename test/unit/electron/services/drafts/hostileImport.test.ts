import { execFileSync } from 'node:child_process';
import { mkdir, open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { ParagrafError } from '../../../../../shared/errors/paragrafError';
import { hostileFiles } from './hostileFiles';
import { municipalTemplate, snapshotTree, tempFolder } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder('paragraf-hostile-')));
afterAll(() => cleanup());

const MUST_REJECT = new Set([
  'binary',
  'proto-key',
  'path-id',
  'not-protocol',
  'newer-version',
  'deep-nesting',
  'empty',
  'huge',
  'fifo',
  'folder',
]);

it('imports 1,000 malformed or hostile files without a crash, a stray write or a changed original', async () => {
  const root = join(dir, 'lib');
  const lib = createDraftLibrary({ root });
  const valid = await lib.createFromTemplate(municipalTemplate(), { body: 'Mål' });
  const inputs = join(dir, 'inputs');
  await mkdir(inputs);
  const files = hostileFiles(valid, 1000, 7);
  for (const f of files) {
    const path = join(inputs, f.name);
    if (Buffer.isBuffer(f.content)) await writeFile(path, f.content);
    else {
      const h = await open(path, 'w');
      await h.truncate(f.content.sparseBytes);
      await h.close();
    }
  }
  // Not files at all: a FIFO would block a naive reader, a folder would fail oddly.
  execFileSync('mkfifo', [join(inputs, 'fifo.protokoll')]);
  await mkdir(join(inputs, 'folder.protokoll'));
  const cases = [
    ...files.map((f) => ({ name: f.name, kind: f.kind })),
    { name: 'fifo.protokoll', kind: 'fifo' },
    { name: 'folder.protokoll', kind: 'folder' },
  ];

  const outside = async () => {
    const all = await snapshotTree(dir);
    for (const key of [...all.keys()]) if (key.startsWith(root)) all.delete(key);
    return all;
  };
  const before = await outside();
  const draftsBefore = (await readdir(join(root, 'drafts'))).length;

  let imported = 0;
  const rejectedByKind = new Map<string, number>();
  const unclear: string[] = [];
  for (const c of cases) {
    try {
      const p = await lib.importFile(join(inputs, c.name));
      expect(p.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      imported++;
      if (MUST_REJECT.has(c.kind)) unclear.push(`${c.name}: accepted`);
    } catch (error) {
      rejectedByKind.set(c.kind, (rejectedByKind.get(c.kind) ?? 0) + 1);
      const ok =
        error instanceof ParagrafError &&
        error.code.length > 0 &&
        error.sv.length > 0 &&
        !error.en.includes('\n') &&
        !error.sv.includes('\n');
      if (!ok) unclear.push(`${c.name}: ${String(error)}`);
    }
  }
  console.log(
    `hostile imports: ${cases.length}, rejected: ${cases.length - imported}, imported: ${imported}`,
  );
  expect(unclear).toEqual([]);
  expect(imported + [...rejectedByKind.values()].reduce((a, b) => a + b, 0)).toBe(cases.length);
  expect(rejectedByKind.get('huge')).toBe(10);
  expect(rejectedByKind.get('binary')).toBe(100);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(await outside()).toEqual(before);
  expect((await readdir(join(root, 'drafts'))).length).toBe(draftsBefore + imported);
});
