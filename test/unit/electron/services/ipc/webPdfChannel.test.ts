import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRequest } from '../../../../../electron/services/export/exportService';
import type { LoadedDraft } from '../../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../../shared/ipc/result';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from './dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
let calls: { path: string; request: DocumentRequest }[];
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-ipc-web-'));
  h = createHarness(dir);
  calls = [];
  h.services.exporter.exportDocument = async (_p, request, path) => {
    calls.push({ path, request });
  };
});
afterEach(() => cleanup());

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.en}`);
  return r.value as T;
}

async function draft(): Promise<Protocol> {
  const created = value<Protocol>(
    await h.dispatch('drafts.create', { templateId: 'kommunal-namnd', body: 'Socialnämnden' }),
  );
  const { protocol } = value<LoadedDraft>(await h.dispatch('drafts.load', created.id));
  return { ...protocol, meeting: { ...protocol.meeting, date: '2024-03-12' } };
}

describe('export.document for the webbversion', () => {
  it('suggests a "webbversion" name and exports the web version where the secretary chose', async () => {
    const protocol = await draft();
    const request = { protocol, document: 'webbversion', format: 'pdf' } as const;
    h.answers.save = null;
    expect(value(await h.dispatch('export.document', request))).toBeNull();
    expect(calls).toEqual([]);

    h.answers.save = join(dir, 'webb.pdf');
    expect(value(await h.dispatch('export.document', request))).toEqual({
      path: join(dir, 'webb.pdf'),
    });
    expect(h.calls.suggested).toEqual([
      'Protokoll Socialnämnden 2024-03-12 webbversion.pdf',
      'Protokoll Socialnämnden 2024-03-12 webbversion.pdf',
    ]);
    expect(calls).toEqual([
      { path: join(dir, 'webb.pdf'), request: { document: 'webbversion', format: 'pdf' } },
    ]);
  });

  it('keeps the ordinary PDF export the full protokoll', async () => {
    const protocol = await draft();
    h.answers.save = join(dir, 'full.pdf');
    await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'pdf' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.request.document).toBe('protokoll');
  });

  it('refuses a web version as Word, a document kind that does not exist, and a non-protokoll', async () => {
    const protocol = await draft();
    h.answers.save = join(dir, 'x.docx');
    const docx = await h.dispatch('export.document', {
      protocol,
      document: 'webbversion',
      format: 'docx',
    });
    expect(docx.ok).toBe(false);
    if (!docx.ok) expect(docx.error.sv).toBe('Webbversion kan inte exporteras som DOCX.');
    const unknown = await h.dispatch('export.document', {
      protocol,
      document: 'hemligt',
      format: 'pdf',
    } as never);
    expect(unknown.ok).toBe(false);
    const r = await h.dispatch('export.document', {
      protocol: { id: 'x' },
      document: 'protokoll',
      format: 'pdf',
    } as never);
    expect(r.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
