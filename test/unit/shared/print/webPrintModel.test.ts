import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../shared/export/html';
import { buildPrintModel, type ItemBlock, type PrintDocument } from '../../../../shared/print';
import { sampleProtocol } from '../../electron/services/export/sampleProtocol';

const items = (doc: PrintDocument) => doc.blocks.filter((b): b is ItemBlock => b.kind === 'item');

/** Every printed text of an item, flattened. */
const itemText = (item: ItemBlock) => JSON.stringify(item.blocks);

describe('print model, web version', () => {
  it('replaces a withheld item by the label and reason, keeping its number and title', () => {
    const protocol = sampleProtocol(4);
    const withheld = protocol.items[1]!;
    withheld.notForWeb = true;
    withheld.notForWebReason = 'OSL 26 kap. 1 §';
    const full = items(buildPrintModel(protocol));
    const web = items(buildPrintModel(protocol, { audience: 'web' }));

    expect(web.map((i) => [i.number, i.title])).toEqual(full.map((i) => [i.number, i.title]));
    const item = web.find((i) => i.id === withheld.id)!;
    expect(item.blocks).toEqual([
      {
        kind: 'paragraph',
        role: 'note',
        runs: [{ text: `${protocol.labels.notForWeb} (OSL 26 kap. 1 §)` }],
      },
    ]);
    // The other items print exactly as in the full protokoll.
    for (const other of web.filter((i) => i.id !== withheld.id)) {
      expect(other).toEqual(full.find((i) => i.id === other.id));
    }
  });

  it('prints only the label when no reason is given', () => {
    const protocol = sampleProtocol();
    protocol.items[0]!.notForWeb = true;
    const item = items(buildPrintModel(protocol, { audience: 'web' }))[0]!;
    expect(itemText(item)).toBe(
      JSON.stringify([
        { kind: 'paragraph', role: 'note', runs: [{ text: protocol.labels.notForWeb }] },
      ]),
    );
  });

  it('masks personnummer everywhere and says it is the web version in the title', () => {
    const protocol = sampleProtocol();
    protocol.items[0]!.body = [
      { type: 'paragraph', children: [{ text: 'Anna Berg 19811228-9874 väljs.' }] },
    ];
    protocol.items[0]!.title = 'Ärende om 811228-9874';
    protocol.items[1]!.decision = {
      intro: 'Nämnden beslutar',
      attSatser: ['att 701063-2391 får bistånd'],
    };
    protocol.attendance.people[0]!.name += ' 811228-9874';

    const full = buildPrintModel(protocol);
    const web = buildPrintModel(protocol, { audience: 'web' });
    const fullHtml = renderHtml(full);
    const webHtml = renderHtml(web);
    expect(fullHtml).toContain('811228-9874');
    expect(fullHtml).toContain('701063-2391');
    expect(webHtml).not.toContain('811228-9874');
    expect(webHtml).not.toContain('701063-2391');
    expect(webHtml).toContain('Anna Berg ÅÅÅÅMMDD-XXXX väljs.');
    expect(webHtml).toContain('att ÅÅMMDD-XXXX får bistånd');
    expect(items(web)[0]!.title).toBe('Ärende om ÅÅMMDD-XXXX');
    expect(web.info.title).toBe(`${full.info.title} (webbversion)`);
    expect(JSON.stringify(web.info)).not.toContain('811228-9874');
  });

  it('does not publish what was corrected in a withheld item', () => {
    const protocol = sampleProtocol(3);
    const [open, withheld] = [protocol.items[0]!, protocol.items[1]!];
    withheld.notForWeb = true;
    protocol.corrections = [
      { date: '2026-11-20', itemId: withheld.id, text: 'Namnet Kalle Ek rättat', by: '' },
      { date: '2026-11-21', itemId: open.id, text: 'Stavfel i titeln rättat', by: '' },
    ];
    const text = (doc: PrintDocument) => JSON.stringify(doc.blocks.slice(-2));
    const web = buildPrintModel(protocol, { audience: 'web' });
    expect(text(web)).not.toContain('Kalle Ek');
    expect(text(web)).toContain(protocol.labels.notForWeb);
    expect(text(web)).toContain('Stavfel i titeln rättat');
    expect(text(buildPrintModel(protocol))).toContain('Namnet Kalle Ek rättat');
  });

  it('leaves the default print model unchanged by the flag', () => {
    const protocol = sampleProtocol();
    protocol.items[0]!.notForWeb = true;
    const doc = buildPrintModel(protocol);
    expect(items(doc)[0]!.blocks).not.toHaveLength(0);
    expect(JSON.stringify(items(doc)[0]!.blocks)).not.toContain(protocol.labels.notForWeb);
    expect(doc.info.title).not.toContain('webbversion');
  });
});
