import { describe, expect, it } from 'vitest';
import { buildPrintModel, type PrintDocument } from '../../../../shared/print';
import { buildExtract } from '../../../../shared/print/documents/extract';
import { buildKallelse } from '../../../../shared/print/documents/kallelse';
import {
  itemIdByNumber,
  protocolFromKallelse,
  protocolSchema,
  type Protocol,
} from '../../../../shared/protocol';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

/** Every printed string of a print model, in order. */
function printedText(doc: PrintDocument): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc.blocks);
  return out.join(' ');
}

const id49 = (p: Protocol) => itemIdByNumber(p, '49')!;

describe('protokollsutdrag print model', () => {
  it('says an omedelbart justerad § is justerad while the protokoll is not', () => {
    const p = loadFixture();
    p.items.find((i) => i.id === id49(p))!.immediateAdjustment = true;
    const text = printedText(buildExtract(p, { itemIds: [id49(p)] }));
    expect(text).toContain('Paragrafen är omedelbart justerad');
    expect(text).not.toContain('Ej justerat');
    // Another § of the same protokoll is not.
    const other = printedText(buildExtract(p, { itemIds: [itemIdByNumber(p, '50')!] }));
    expect(other).toContain('Ej justerat');
  });

  it('lists an ersättare serving for a jävig member in that § as "ersättare för X"', () => {
    const p = loadFixture();
    const member = p.attendance.people.find((x) => x.groupId === 'beslutande')!;
    p.attendance.people.push({
      id: 'ers-1',
      name: 'Per Ersättare',
      party: 'S',
      groupId: 'tjanstgorande-ersattare',
    });
    p.attendance.events.push(
      { type: 'absent', personId: member.id, itemId: id49(p), jav: true },
      {
        type: 'substitutes',
        personId: 'ers-1',
        forId: member.id,
        fromItemId: id49(p),
        toItemId: id49(p),
      },
    );
    const text = printedText(buildExtract(protocolSchema.parse(p), { itemIds: [id49(p)] }));
    expect(text).toContain(`Per Ersättare (S), ersättare för ${member.name}`);
    const beslutande = text.slice(text.indexOf('Beslutande'), text.indexOf('Ej justerat'));
    // The jävig member is named only as the one the ersättare serves for.
    expect(beslutande.split(member.name)).toHaveLength(2);
  });
});

describe('kallelse', () => {
  it('is editable and has none of the justering warnings; its model has no decisions', () => {
    const p = loadFixture();
    p.status = 'kallelse';
    expect(validateProtocol(p)).toEqual([]);
    const text = printedText(buildKallelse(p));
    for (const item of p.items) {
      for (const att of item.decision?.attSatser ?? []) {
        if (!item.proposal?.attSatser.includes(att)) expect(text).not.toContain(att);
      }
    }
  });

  it('becomes the protokoll with the agenda as sent; later changes do not alter that agenda', () => {
    const p = loadFixture();
    p.status = 'kallelse';
    const protocol = protocolFromKallelse(p, new Date('2020-12-16T08:00:00Z'));
    expect(protocol.status).toBe('utkast');
    expect(protocol.sentAgenda!.entries.map((e) => e.number)).toEqual(
      p.items.map((_, i) => `§ ${46 + i}`),
    );
    protocol.items[0]!.title = 'Ändrad rubrik';
    const agenda = buildPrintModel(protocol).blocks.find((b) => b.kind === 'agenda');
    expect(agenda).toMatchObject({ heading: 'Utsänd dagordning' });
    expect(JSON.stringify(agenda)).toContain('Val av justerare');
    expect(JSON.stringify(agenda)).not.toContain('Ändrad rubrik');
    expect(protocolSchema.parse(JSON.parse(JSON.stringify(protocol)))).toEqual(protocol);
  });
});

describe("the protokoll's anslag box", () => {
  it('prints who certifies the anslag, after the storage place', () => {
    const p = loadFixture();
    p.notice.storageLocation = 'Regionhuset, Luleå';
    p.notice.certifiedBy = 'Maria Lindström, sekreterare';
    const box = buildPrintModel(p).blocks.find((b) => b.kind === 'notice');
    expect(box).toBeDefined();
    const text = printedText({ ...buildPrintModel(p), blocks: [box!] });
    expect(text).toContain(`${p.labels.noticeCertifiedBy} Maria Lindström, sekreterare`);
    expect(text.indexOf('Maria Lindström')).toBeGreaterThan(text.indexOf('Regionhuset, Luleå'));
  });
});

describe('itemIdByNumber', () => {
  it('finds "49", "§ 49", "17a" and "17 A"; nothing for an unknown number', () => {
    const p = loadFixture();
    p.items.splice(2, 0, { ...p.items[2]!, id: 'extra', inserted: true });
    expect(itemIdByNumber(p, '49')).toBe(itemIdByNumber(p, '§ 49'));
    expect(itemIdByNumber(p, '47a')).toBe('extra');
    expect(itemIdByNumber(p, '47 A')).toBe('extra');
    expect(itemIdByNumber(p, '99')).toBeUndefined();
    expect(itemIdByNumber(p, '')).toBeUndefined();
  });
});
