import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/protocol/attendance';
import { editDistance, similarNames } from '../../../../shared/register/similarNames';
import { emptyRegister, type Register } from '../../../../shared/register/registerSchema';
import { pick, seededRandom } from '../../../generate/random';
import { FIRST_NAMES, LAST_NAMES } from '../../../generate/swedishText';

const person = (name: string): Person => ({
  id: name.replace(/\W/g, '') || 'x',
  name,
  groupId: 'g',
});
const registerOf = (names: string[]): Register => ({
  ...emptyRegister('Nämnden', new Date(0)),
  people: names.map((name, i) => ({ id: `m${i}`, name, kind: 'ledamot' })),
});

describe('names that differ slightly from the register', () => {
  it('points out "Beatrice Öman" for "Beatrice Öhman", and not an exact or distant name', () => {
    const r = registerOf(['Beatrice Öhman', 'Anders Öberg']);
    const found = similarNames(
      [person('Beatrice Öman'), person('anders  öberg'), person('Karin Lund'), person('Bea')],
      r,
    );
    expect(found.map((f) => [f.person.name, f.entry.name])).toEqual([
      ['Beatrice Öman', 'Beatrice Öhman'],
    ]);
  });

  it('finds any one-letter slip of a register name, and never a name to itself', () => {
    const random = seededRandom(5);
    for (let n = 0; n < 200; n++) {
      const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
      const at = 1 + Math.floor(random() * (name.length - 2));
      const slip = name.slice(0, at) + name.slice(at + 1);
      if (slip.replace(/\s/g, '').length < 4 || slip.trim() === name.trim()) continue;
      expect(similarNames([person(slip)], registerOf([name])).length).toBe(1);
      expect(similarNames([person(name)], registerOf([name]))).toEqual([]);
    }
    expect(editDistance('öhman', 'öman', 2)).toBe(1);
    expect(editDistance('abcd', 'badc', 2)).toBe(2);
  });
});
