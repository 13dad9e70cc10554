import { execFileSync } from 'node:child_process';
import { mkdir, open, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOCX_LIMITS } from '../../../../../electron/services/wordImport/unzipDocx';
import type { WordImportReceipt } from '../../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../../shared/ipc/result';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { tempFolder } from '../drafts/helpers';
import { wordMadeNorrbotten } from '../wordImport/wordMadeNorrbotten';
import { createHarness, type Harness } from './dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-ipc-word-'));
  h = createHarness(dir);
});
afterEach(() => cleanup());

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.en}`);
  return r.value as T;
}
function errorOf(r: IpcResult<unknown>) {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('drafts.importWordPath (a .docx dropped on the window)', () => {
  it('makes a new draft in the library each time, returns the report, leaves the .docx alone', async () => {
    const path = join(dir, 'norrbotten.docx');
    const bytes = await wordMadeNorrbotten(loadFixture());
    await writeFile(path, bytes);
    const first = value<WordImportReceipt>(await h.dispatch('drafts.importWordPath', path));
    expect(first.protocol.items).toHaveLength(10);
    expect(first.report.unrecognised.map((n) => n.sv)).toContain(
      'Bilden ”Kostnader per kommun” kunde inte importeras (§ 49).',
    );
    const loaded = value<{ protocol: { id: string } }>(
      await h.dispatch('drafts.load', first.protocol.id),
    );
    expect(loaded.protocol.id).toBe(first.protocol.id);
    const again = value<WordImportReceipt>(await h.dispatch('drafts.importWordPath', path));
    expect(again.protocol.id).not.toBe(first.protocol.id);
    expect(value<unknown[]>(await h.dispatch('drafts.list', undefined))).toHaveLength(2);
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('refuses payloads that are not absolute .docx paths', async () => {
    for (const bad of [
      'ks.docx',
      join(dir, 'ks.doc'),
      join(dir, 'ks.docx.exe'),
      `${join(dir, 'a\0')}.docx`,
      `/${'a'.repeat(5000)}.docx`,
      42,
    ]) {
      expect(errorOf(await h.dispatch('drafts.importWordPath', bad)).code).toBe('invalid-payload');
    }
  });

  it('refuses what is not a regular, readable .docx, in Swedish, and makes no draft', async () => {
    await mkdir(join(dir, 'mapp.docx'));
    execFileSync('mkfifo', [join(dir, 'ror.docx')]);
    await symlink('/etc/passwd', join(dir, 'lank.docx'));
    await writeFile(join(dir, 'text.docx'), 'inte ett Word-dokument');
    const big = await open(join(dir, 'stor.docx'), 'w');
    await big.truncate(DOCX_LIMITS.fileBytes + 1);
    await big.close();
    const cases: Array<[string, string]> = [
      ['mapp.docx', 'not-docx'],
      ['ror.docx', 'not-docx'],
      ['lank.docx', 'not-docx'],
      ['stor.docx', 'word-import-too-large'],
      ['text.docx', 'word-import-not-a-zip'],
      ['finns-inte.docx', 'import-unreadable'],
    ];
    for (const [name, code] of cases) {
      const e = errorOf(await h.dispatch('drafts.importWordPath', join(dir, name)));
      expect([name, e.code]).toEqual([name, code]);
      expect(e.sv).toMatch(/(fil|Word)/i);
    }
    expect(value<unknown[]>(await h.dispatch('drafts.list', undefined))).toHaveLength(0);
  });

  it('drafts.importWord returns null when no dialog answer is given', async () => {
    expect(value<null>(await h.dispatch('drafts.importWord', undefined))).toBeNull();
  });
});
