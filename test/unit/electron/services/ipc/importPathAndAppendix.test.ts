import { execFileSync } from 'node:child_process';
import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendixTitleFromPath } from '../../../../../electron/services/ipcDispatcher';
import type { ImportReceipt } from '../../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../../shared/ipc/result';
import { MAX_PROTOCOL_BYTES, serializeProtocol } from '../../../../../shared/protocol/parse';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from './dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-ipc-drop-'));
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

/** A valid .protokoll outside the library. */
async function externalFile(name = 'ks.protokoll'): Promise<string> {
  const p = value<Protocol>(
    await h.dispatch('drafts.create', { templateId: 'kommunal-namnd', body: 'Kommunstyrelsen' }),
  );
  const path = join(dir, name);
  await writeFile(path, serializeProtocol({ ...p, id: 'fran-kollega' }));
  return path;
}

describe('drafts.importPath (a file dropped on the window)', () => {
  it('imports a dropped file once: dropping it again opens the same draft', async () => {
    const path = await externalFile();
    const first = value<ImportReceipt>(await h.dispatch('drafts.importPath', path));
    expect(first.outcome).toBe('new');
    expect(first.protocol.meeting.body).toBe('Kommunstyrelsen');
    const again = value<ImportReceipt>(await h.dispatch('drafts.importPath', path));
    expect(again).toMatchObject({ outcome: 'existing', protocol: { id: first.protocol.id } });
    expect(
      value<{ recentFiles: string[] }>(await h.dispatch('settings.get', undefined)).recentFiles,
    ).toEqual([path]);
  });

  it('refuses payloads that are not an absolute .protokoll path before touching the disk', async () => {
    for (const bad of [
      'ks.protokoll',
      '../ks.protokoll',
      join(dir, 'ks.pdf'),
      join(dir, 'ks.protokoll.exe'),
      `${join(dir, 'a\0')}.protokoll`,
      `/${'a'.repeat(5000)}.protokoll`,
      42,
      { path: join(dir, 'ks.protokoll') },
    ]) {
      expect(errorOf(await h.dispatch('drafts.importPath', bad)).code).toBe('invalid-payload');
    }
  });

  it('refuses what is not a regular .protokoll file, in Swedish, without blocking', async () => {
    await mkdir(join(dir, 'mapp.protokoll'));
    execFileSync('mkfifo', [join(dir, 'ror.protokoll')]);
    await symlink('/etc/passwd', join(dir, 'lank.protokoll'));
    const big = await open(join(dir, 'stor.protokoll'), 'w');
    await big.truncate(MAX_PROTOCOL_BYTES + 1);
    await big.close();

    const cases: Array<[string, string]> = [
      ['mapp.protokoll', 'not-protokoll'],
      ['ror.protokoll', 'not-protokoll'],
      ['lank.protokoll', 'not-protokoll'],
      ['stor.protokoll', 'too-large'],
      ['finns-inte.protokoll', 'import-unreadable'],
    ];
    for (const [name, code] of cases) {
      const e = errorOf(await h.dispatch('drafts.importPath', join(dir, name)));
      expect([name, e.code]).toEqual([name, code]);
      expect(e.sv).toMatch(/fil/i);
    }
    expect(value<unknown[]>(await h.dispatch('drafts.list', undefined))).toHaveLength(0);
  });
});

describe('dialogs.chooseAppendix', () => {
  it('returns the chosen PDF with a title from its name, or null when cancelled', async () => {
    const draftId = 'utkast-1';
    expect(value(await h.dispatch('dialogs.chooseAppendix', { draftId }))).toBeNull();
    h.answers.appendix = join(dir, 'budget_2021  (slutlig).PDF');
    await writeFile(h.answers.appendix, '%PDF-1.7');
    expect(value(await h.dispatch('dialogs.chooseAppendix', { draftId }))).toEqual({
      path: join(dir, 'budget_2021  (slutlig).PDF'),
      title: 'Budget 2021 (slutlig)',
    });
    expect(errorOf(await h.dispatch('dialogs.chooseAppendix', 'x')).code).toBe('invalid-payload');
    // A path the dialog returned but that cannot be resolved is named, not granted.
    h.answers.appendix = join(dir, 'borta.pdf');
    expect(errorOf(await h.dispatch('dialogs.chooseAppendix', { draftId }))).toMatchObject({
      code: 'appendix-unreadable',
      sv: 'Bilagan kunde inte läsas: Borta.',
    });
  });

  it('suggests titles from Windows paths and odd names', () => {
    expect(appendixTitleFromPath('C:\\Protokoll\\Bilaga 1 - Yttrande.pdf')).toBe(
      'Bilaga 1 - Yttrande',
    );
    expect(appendixTitleFromPath('/tmp/.pdf')).toBe('Bilaga');
    expect(appendixTitleFromPath(`/tmp/${'x'.repeat(600)}.pdf`)).toHaveLength(200);
  });
});
