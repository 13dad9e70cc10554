import { describe, expect, it } from 'vitest';
import { inCallInOrder } from '../../../../shared/register/callInOrder';
import {
  emptyRegister,
  type Register,
  type RegisterPerson,
} from '../../../../shared/register/registerSchema';

let n = 0;
const entry = (name: string, more: Partial<RegisterPerson>): RegisterPerson => ({
  id: `reg-${++n}`,
  name,
  kind: 'ersattare',
  ...more,
});

function register(): Register {
  const r = emptyRegister('Socialnämnden', new Date('2025-01-01T00:00:00Z'));
  r.people = [
    entry('Karin Berg', { kind: 'ledamot', party: 'S' }),
    entry('Olle Ek', { party: 'S', order: 2 }),
    entry('Lena Ås', { party: 'S', order: 1 }),
    entry('Per Lind', { party: 'M', order: 1 }),
    // The body decided that this M ersättare is in the S group.
    entry('Åsa Holm', { party: 'M', group: 'S', order: 3 }),
  ];
  return r;
}

const present = (names: string[], party: string) => names.map((name) => ({ name, party }));

describe('the ersättare offered for a jävig ledamot', () => {
  it("follow the register: the member's group in its order, then the others, then anyone not in it", () => {
    const candidates = [
      { name: 'Nils Okänd', party: 'S' },
      { name: 'Per Lind', party: 'M' },
      { name: 'Åsa Holm', party: 'M' },
      { name: 'olle  ek', party: 'S' },
      { name: 'Lena Ås', party: 'S' },
    ];
    const ordered = inCallInOrder(register(), { name: 'Karin Berg', party: 'S' }, candidates);
    expect(ordered.map((c) => c.name)).toEqual([
      'Lena Ås',
      'olle  ek',
      'Åsa Holm',
      'Per Lind',
      'Nils Okänd',
    ]);
  });

  it("without a register, the member's party first, otherwise as listed", () => {
    const candidates = [...present(['A', 'B'], 'M'), ...present(['C', 'D'], 'S')];
    const ordered = inCallInOrder(null, { name: 'Karin Berg', party: 'S' }, candidates);
    expect(ordered.map((c) => c.name)).toEqual(['C', 'D', 'A', 'B']);
  });

  it('never adds or drops anyone', () => {
    const candidates = present(['Per Lind', 'X', 'Lena Ås', 'Y', 'Åsa Holm'], 'V');
    for (const reg of [register(), null]) {
      const ordered = inCallInOrder(reg, { name: 'Okänd', party: '' }, candidates);
      expect([...ordered].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
        [...candidates].sort((a, b) => a.name.localeCompare(b.name)),
      );
    }
  });
});
