import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfOptions } from '../../../electron/services/export/exportService';
import type { LoadedDraft } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { Protocol } from '../../../shared/protocol/protocol';
import { tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from './dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
let pdfCalls: { path: string; opts: PdfOptions | undefined }[];
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-ipc-web-'));
  h = createHarness(dir);
  pdfCalls = [];
  h.services.exporter.exportPdf = async (_p, path, opts) => {
    pdfCalls.push({ path, opts });
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

describe('export.webPdf', () => {
  it('suggests a "webbversion" name and exports the web version where the secretary chose', async () => {
    const protocol = await draft();
    h.answers.save = null;
    expect(value(await h.dispatch('export.webPdf', { protocol }))).toBeNull();
    expect(pdfCalls).toEqual([]);

    h.answers.save = join(dir, 'webb.pdf');
    expect(value(await h.dispatch('export.webPdf', { protocol }))).toEqual({
      path: join(dir, 'webb.pdf'),
    });
    expect(h.calls.suggested).toEqual([
      'Protokoll Socialnämnden 2024-03-12 webbversion.pdf',
      'Protokoll Socialnämnden 2024-03-12 webbversion.pdf',
    ]);
    expect(pdfCalls).toEqual([
      {
        path: join(dir, 'webb.pdf'),
        opts: { audience: 'web', appendixAccess: { grantedFiles: new Set() } },
      },
    ]);
  });

  it('keeps the ordinary PDF export the full protokoll', async () => {
    const protocol = await draft();
    h.answers.save = join(dir, 'full.pdf');
    await h.dispatch('export.pdf', { protocol });
    expect(pdfCalls).toHaveLength(1);
    expect(pdfCalls[0]!.opts?.audience).toBeUndefined();
  });

  it('refuses a payload that is not a protokoll', async () => {
    const r = await h.dispatch('export.webPdf', { protocol: { id: 'x' } } as never);
    expect(r.ok).toBe(false);
    expect(pdfCalls).toEqual([]);
  });
});
