import { describe, expect, it } from 'vitest';
import { newItem } from '../../../../shared/protocol/item';
import { BUILT_IN_TEMPLATES } from '../../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../../shared/template/newProtocol';
import { PLACEHOLDER, placeholderRules } from '../../../../shared/validation/placeholderRules';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

const codes = (w: { code: string }[]) => w.map((x) => x.code);

describe('placeholders and empty required fields', () => {
  it.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))(
    'a new draft from %s names every placeholder left from the template, at its item and field',
    (_id, template) => {
      const p = createProtocolFromTemplate(template, {
        id: 'draft-1',
        body: 'Nämnden',
        now: new Date(0),
      });
      const expected = p.items.flatMap((item) => {
        const texts: [string, string][] = [
          ['title', item.title],
          ['body', JSON.stringify(item.body)],
          ['proposal.intro', item.proposal?.intro ?? ''],
          ['decision.intro', item.decision?.intro ?? ''],
          ...(item.proposal?.attSatser ?? []).map(
            (a, i) => [`proposal.attSatser[${i}]`, a] as [string, string],
          ),
          ...(item.decision?.attSatser ?? []).map(
            (a, i) => [`decision.attSatser[${i}]`, a] as [string, string],
          ),
        ];
        return texts.filter(([, t]) => t.includes(PLACEHOLDER)).map(([f]) => `${item.id}|${f}`);
      });
      const found = placeholderRules(p)
        .filter((w) => w.code === 'placeholder-left')
        .map((w) => `${w.location.id}|${w.location.field}`);
      expect(found.sort()).toEqual(expected.sort());
      // Nobody present and no place yet: both are named too.
      expect(codes(validateProtocol(p))).toEqual(
        expect.arrayContaining(['missing-place', 'no-attendees']),
      );
    },
  );

  it('the Val av justerare decision of kommunal-namnd is named with its words', () => {
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'kommunal-namnd')!;
    const p = createProtocolFromTemplate(template, {
      id: 'draft-1',
      body: 'Nämnden',
      now: new Date(0),
    });
    const sv = placeholderRules(p).map((w) => w.sv);
    expect(sv).toContain(
      'Beslutet (att-sats 1): platshållaren "…" står kvar ("att … utses till justerare").',
    );
  });

  // Every printed text of an item, from the schema's own fields: "…" in any of them is named.
  const itemFields = {
    title: (t: string) => ({ title: t }),
    body: (t: string) => ({ body: [{ type: 'paragraph' as const, children: [{ text: t }] }] }),
    'proposal.intro': (t: string) => ({ proposal: { intro: t, attSatser: [] } }),
    'proposal.attSatser[0]': (t: string) => ({ proposal: { intro: '', attSatser: [t] } }),
    'decision.intro': (t: string) => ({ decision: { intro: t, attSatser: ['att godkänna'] } }),
    'decision.attSatser[0]': (t: string) => ({ decision: { intro: '', attSatser: [t] } }),
    'presenters[0]': (t: string) => ({ presenters: [t] }),
    'documents[0]': (t: string) => ({ documents: [t] }),
    'motions[0]': (t: string) => ({ motions: [{ by: 'Anna', text: t }] }),
    'notes[0]': (t: string) => ({ notes: [{ by: 'Anna', text: t }] }),
    'distribution[0]': (t: string) => ({ distribution: [t] }),
  };
  it.each(Object.entries(itemFields))(
    '"…" in %s is named, the same text filled in is not',
    (field, make) => {
      for (const [text, warns] of [
        [`att … utses`, true],
        [`att Anna Berg utses`, false],
      ] as const) {
        const p = loadFixture();
        p.items[1] = newItem({ ...p.items[1]!, ...make(text) });
        const found = placeholderRules(p).map((w) => w.location);
        expect(found).toEqual(warns ? [{ kind: 'item', id: p.items[1]!.id, field }] : []);
      }
    },
  );

  it('names a placeholder in the meeting, the attendance and the adjustment place', () => {
    const p = loadFixture();
    p.meeting.place = 'Sessionssalen, …';
    p.attendance.people[0]!.name = '…';
    p.signatures.adjustmentPlace = '…';
    expect(placeholderRules(p).map((w) => w.location.kind)).toEqual([
      'meeting',
      'person',
      'signature',
    ]);
  });
});
