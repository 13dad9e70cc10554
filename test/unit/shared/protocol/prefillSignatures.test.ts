import { describe, expect, it } from 'vitest';
import { chosenAdjusters, prefillSignatures } from '../../../../shared/protocol/prefillSignatures';
import type { Protocol } from '../../../../shared/protocol/protocol';
import { loadFixture } from '../../../fixtures/loadFixture';

/** The fixture with no signatures chosen yet. */
function unsigned(): Protocol {
  const p = loadFixture();
  p.signatures = { ...p.signatures, chairId: undefined, secretaryId: undefined, adjusters: [] };
  return p;
}

const adjusterItem = (p: Protocol) => p.items.find((i) => i.title === 'Val av justerare')!;

function withDecision(p: Protocol, att: string): Protocol {
  return {
    ...p,
    items: p.items.map((i) =>
      i.title === 'Val av justerare'
        ? { ...i, decision: { intro: 'Beslutar', attSatser: [att] } }
        : i,
    ),
  };
}

describe('signatures follow the roles and Val av justerare', () => {
  it('fills chair, secretary and the justerare named in the decision once they appear', () => {
    const before = withDecision(unsigned(), 'att');
    const rolesGone = {
      ...before,
      attendance: {
        ...before.attendance,
        people: before.attendance.people.map((x) => ({ ...x, role: undefined })),
      },
    };
    const after = withDecision(unsigned(), 'att Johannes Sundelin, (S), utses till justerare');
    const filled = prefillSignatures(rolesGone, after).signatures;
    expect(filled.chairId).toBe('beatrice-ohman');
    expect(filled.secretaryId).toBe('ulrika-larsson');
    expect(filled.adjusters.map((a) => a.personId)).toEqual([chosenAdjusters(after)[0]!.id]);
    expect(chosenAdjusters(after).map((x) => x.name)).toEqual(['Johannes Sundelin']);
  });

  it('follows the decision as it grows, in the order written', () => {
    const one = prefillSignatures(
      withDecision(unsigned(), 'att'),
      withDecision(unsigned(), 'att Johannes Sundelin utses'),
    );
    const two = prefillSignatures(
      one,
      withDecision(one, 'att Linda Frohm och Johannes Sundelin utses'),
    );
    expect(two.signatures.adjusters.map((a) => a.personId)).toEqual(
      chosenAdjusters(two).map((x) => x.id),
    );
    expect(chosenAdjusters(two).map((x) => x.name)).toEqual(['Linda Frohm', 'Johannes Sundelin']);
  });

  it('never replaces what the secretary chose', () => {
    const before = withDecision(unsigned(), 'att');
    const chosen = {
      ...before,
      signatures: {
        ...before.signatures,
        chairId: 'ulrika-larsson',
        adjusters: [{ personId: 'beatrice-ohman' }],
      },
    };
    const rolesGone = {
      ...chosen,
      attendance: {
        ...chosen.attendance,
        people: chosen.attendance.people.map((x) => ({ ...x, role: undefined })),
      },
    };
    const after = withDecision(chosen, 'att Johannes Sundelin utses till justerare');
    const s = prefillSignatures(rolesGone, after).signatures;
    expect(s.chairId).toBe('ulrika-larsson');
    expect(s.adjusters).toEqual([{ personId: 'beatrice-ohman' }]);
    // An edit that changes neither roles nor the decision fills nothing, even when empty.
    const cleared = { ...unsigned() };
    expect(prefillSignatures(cleared, { ...cleared, items: [...cleared.items] })).toEqual({
      ...cleared,
      items: cleared.items,
    });
  });

  it('a name is matched as whole words, never inside another', () => {
    const p = withDecision(unsigned(), 'att Johannes Sundelinsson utses');
    expect(chosenAdjusters(p)).toEqual([]);
    expect(adjusterItem(p).decision!.attSatser[0]).toContain('Sundelin');
  });

  it('a justerat protokoll keeps its signatures', () => {
    const after = withDecision(unsigned(), 'att Johannes Sundelin utses');
    after.status = 'justerat';
    expect(prefillSignatures(withDecision(unsigned(), 'att'), after)).toBe(after);
  });
});
