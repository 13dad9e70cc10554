import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardSender } from '../../../../../electron/services/ipcDispatcher';
import { channels, type Channel } from '../../../../../shared/ipc/contract';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { snapshotTree, tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from './dispatcherHarness';
import { randomPayloads } from './randomPayloads';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
let protocol: Protocol;

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-fuzz-'));
  h = createHarness(dir);
  const r = await h.dispatch('drafts.create', { templateId: 'kommunal-namnd', body: 'Fuzz' });
  if (!r.ok) throw new Error(r.error.en);
  protocol = r.value as Protocol;
  h.answers.save = join(dir, 'lib-out.pdf');
});
afterAll(() => cleanup());

/** A valid payload of each channel, the seed for near-valid random ones. */
function validPayloads(channel: Channel): unknown[] {
  const byArea: Record<string, unknown[]> = {
    'templates.get': ['kommunal-namnd'],
    'drafts.create': [{ templateId: 'kommunal-namnd', body: 'X' }],
    'drafts.restoreVersion': [{ id: protocol.id, versionId: '0000000000001-abc' }],
    'export.document': [
      { protocol, document: 'protokoll', format: 'pdf', openAfter: false },
      { protocol, document: 'webbversion', format: 'pdf' },
      { protocol, document: 'protokoll', format: 'docx', itemIds: [protocol.items[0]?.id ?? 'x'] },
    ],
    'settings.set': [{ authorName: 'Anna', openAfterExport: true }],
  };
  if (byArea[channel]) return byArea[channel];
  if (
    [
      'drafts.load',
      'drafts.history',
      'drafts.trash',
      'drafts.restoreFromTrash',
      'drafts.exportFile',
    ].includes(channel)
  )
    return [protocol.id];
  if (
    ['drafts.save', 'export.previewHtml', 'export.previewPdf', 'export.previewFirstPage'].includes(
      channel,
    )
  )
    return [protocol];
  return [undefined];
}

const CHANNELS = Object.keys(channels) as Channel[];

describe('every IPC channel under 200 random payloads', () => {
  it.each(CHANNELS)('%s answers with a result and never throws', async (channel) => {
    const outsideBefore = await snapshotTree(dir).then((m) =>
      [...m.keys()].filter((k) => !k.startsWith(join(dir, 'lib'))),
    );
    const payloads = randomPayloads(validPayloads(channel), 200, channel.length * 7919);
    let rejected = 0;
    for (const payload of payloads) {
      const result = await h.dispatch(channel, payload);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) {
        rejected++;
        expect(result.error.code).toMatch(/^[a-z-]+$/);
        expect(result.error.sv.length).toBeGreaterThan(0);
        expect(result.error.en.length).toBeGreaterThan(0);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Only the stub save dialog's answer may appear outside the library.
    const outsideAfter = [...(await snapshotTree(dir)).keys()].filter(
      (k) => !k.startsWith(join(dir, 'lib')),
    );
    expect(outsideAfter.filter((k) => !outsideBefore.includes(k))).toEqual([]);
    if (validPayloads(channel)[0] !== undefined) expect(rejected).toBeGreaterThan(0);
  });

  it.each(CHANNELS)('%s refuses a foreign sender whatever the payload', async (channel) => {
    const guarded = guardSender(h.dispatch, () => undefined);
    for (const payload of randomPayloads(validPayloads(channel), 200, 17)) {
      const r = await guarded('https://evil.example/', channel, payload);
      expect(r).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
  });
});
