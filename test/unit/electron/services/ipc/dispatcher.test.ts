import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParagrafError } from '../../../../../shared/errors/paragrafError';
import { guardSender } from '../../../../../electron/services/ipcDispatcher';
import { isTrustedSender } from '../../../../../electron/services/senderPolicy';
import type { LoadedDraft } from '../../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../../shared/ipc/result';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from './dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-ipc-'));
  h = createHarness(dir);
});
afterEach(() => cleanup());

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.en}`);
  return r.value as T;
}

async function newDraft(body = 'Kommunstyrelsen'): Promise<Protocol> {
  const p = value<Protocol>(
    await h.dispatch('drafts.create', { templateId: 'kommunal-namnd', body }),
  );
  return value<LoadedDraft>(await h.dispatch('drafts.load', p.id)).protocol;
}

describe('IPC dispatcher', () => {
  it('lists templates and creates, saves, lists and loads a draft', async () => {
    const templates = value<{ id: string }[]>(await h.dispatch('templates.list', undefined));
    expect(templates.map((t) => t.id)).toContain('kommunal-namnd');
    const p = await newDraft();
    const dated = { ...p, meeting: { ...p.meeting, date: '2024-03-12' } };
    expect(value<{ savedAt: string }>(await h.dispatch('drafts.save', dated)).savedAt).toMatch(
      /^\d{4}-/,
    );
    const list = value<{ id: string; date: string }[]>(await h.dispatch('drafts.list', undefined));
    expect(list).toEqual([
      expect.objectContaining({ id: p.id, date: '2024-03-12', body: 'Kommunstyrelsen' }),
    ]);
    expect(value<{ versionId: string }[]>(await h.dispatch('drafts.history', p.id))).toHaveLength(
      1,
    );
  });

  it('hands each saved or opened draft to be printed ahead of its export, and no refused save', async () => {
    const p = await newDraft();
    value(await h.dispatch('drafts.save', p));
    expect(h.calls.prePrinted).toEqual([p.id]);
    const refused = await h.dispatch('drafts.save', { ...p, items: 'none' });
    expect(refused.ok).toBe(false);
    expect(h.calls.prePrinted).toEqual([p.id]);
    value(await h.dispatch('drafts.open', p.id));
    expect(h.calls.prePrinted).toEqual([p.id, `opened ${p.id}`]);
  });

  it('exports a PDF through the save dialog with a suggested name and opens it when asked', async () => {
    const p = await newDraft();
    const protocol = { ...p, meeting: { ...p.meeting, date: '2024-03-12' } };
    h.answers.save = null;
    expect(
      value(
        await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'pdf' }),
      ),
    ).toBeNull();
    expect(h.calls.exported).toEqual([]);
    h.answers.save = join(dir, 'ut.pdf');
    expect(
      value(
        await h.dispatch('export.document', {
          protocol,
          document: 'protokoll',
          format: 'pdf',
          openAfter: true,
        }),
      ),
    ).toEqual({
      path: join(dir, 'ut.pdf'),
    });
    expect(h.calls.suggested).toEqual([
      'Protokoll Kommunstyrelsen 2024-03-12.pdf',
      'Protokoll Kommunstyrelsen 2024-03-12.pdf',
    ]);
    expect(h.calls.exported).toEqual([
      { kind: 'pdf', document: 'protokoll', path: join(dir, 'ut.pdf'), body: 'Kommunstyrelsen' },
    ]);
    expect(h.calls.opened).toEqual([join(dir, 'ut.pdf')]);
    h.answers.save = join(dir, 'ut.docx');
    await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'docx' });
    expect(h.calls.opened).toHaveLength(1); // openAfterExport is off by default
    expect(value<string>(await h.dispatch('export.previewPdf', protocol))).toBe(
      Buffer.from('%PDF-1.7 stub').toString('base64'),
    );
  });

  it('imports and exports .protokoll files through dialogs and remembers them as recent', async () => {
    const p = await newDraft('Export');
    h.answers.save = join(dir, 'kopia.protokoll');
    expect(value(await h.dispatch('drafts.exportFile', p.id))).toEqual({
      path: join(dir, 'kopia.protokoll'),
    });
    expect(JSON.parse(await readFile(join(dir, 'kopia.protokoll'), 'utf8'))).toEqual(p);
    h.answers.open = join(dir, 'kopia.protokoll');
    const imported = value<{ protocol: Protocol; outcome: string }>(
      await h.dispatch('drafts.importFile', undefined),
    );
    expect(imported.protocol.id).not.toBe(p.id);
    expect(imported.outcome).toBe('new');
    // Opening the same file again opens its draft instead of making another.
    const again = value<{ protocol: Protocol; outcome: string }>(
      await h.dispatch('drafts.importFile', undefined),
    );
    expect([again.protocol.id, again.outcome]).toEqual([imported.protocol.id, 'existing']);
    expect(
      value<{ recentFiles: string[] }>(await h.dispatch('settings.get', undefined)).recentFiles,
    ).toEqual([join(dir, 'kopia.protokoll')]);
  });

  it('trashes and restores', async () => {
    const p = await newDraft();
    expect(value(await h.dispatch('drafts.trash', p.id))).toBeNull();
    expect(value<unknown[]>(await h.dispatch('drafts.list', undefined))).toEqual([]);
    expect(
      value<{ id: string }[]>(await h.dispatch('drafts.listTrash', undefined)).map((s) => s.id),
    ).toEqual([p.id]);
    expect(value<Protocol>(await h.dispatch('drafts.restoreFromTrash', p.id)).id).toBe(p.id);
  });

  it('rejects unknown channels and invalid payloads with Swedish and English messages', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'drafts', 'drafts.delete']) {
      const r = await h.dispatch(channel, undefined);
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    const bad = await h.dispatch('drafts.load', '../../x');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-payload');
      expect(bad.error.en).toContain('drafts.load');
      expect(bad.error.sv).toMatch(/ogiltiga/);
    }
    expect(await h.dispatch('settings.set', { authorName: 'A', evil: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('turns service errors into results', async () => {
    const failing = createHarness(
      dir,
      new ParagrafError('output-unwritable', 'cannot write', 'Filen kunde inte skrivas.'),
    );
    const p = await newDraft();
    failing.answers.save = join(dir, 'x.pdf');
    expect(
      await failing.dispatch('export.document', {
        protocol: p,
        document: 'protokoll',
        format: 'pdf',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'output-unwritable', en: 'cannot write', sv: 'Filen kunde inte skrivas.' },
    });
    const broken = createHarness(dir, new TypeError('boom'));
    expect(await broken.dispatch('export.previewPdf', p)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(broken.calls.logs.join('\n')).toContain('boom');
    expect(await h.dispatch('drafts.load', 'missing-id')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('answers only the app page', async () => {
    const logs: string[] = [];
    const guarded = guardSender(h.dispatch, (m) => logs.push(m));
    expect((await guarded('app://paragraf/index.html', 'templates.list', undefined)).ok).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'https://paragraf',
      'app://evil/index.html',
      'about:blank',
      '',
      'app://paragraf.evil.com/',
      'app://user@paragraf/',
    ]) {
      expect(isTrustedSender(url)).toBe(false);
      expect(await guarded(url, 'templates.list', undefined)).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(logs).toHaveLength(7);
  });
});
