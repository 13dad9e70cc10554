import { describe, expect, it } from 'vitest';
import { editDistance, similarNames } from '../../../../shared/register/similarNames';
import { emptyRegister } from '../../../../shared/register/registerSchema';
import { pick, seededRandom } from '../../../generate/random';

/** The full table, for comparison: insert, delete, replace, swap of neighbours. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** A string whose characters count how often they are read. */
function counted(text: string, reads: { n: number }): string {
  const chars = [...text];
  return new Proxy(chars, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as unknown as string;
}

function mutated(random: () => number, name: string, edits: number): string {
  let s = name;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (s.length + 1));
    s = pick(random, [
      () => s.slice(0, at) + pick(random, ['a', 'ö', 'x']) + s.slice(at),
      () => s.slice(0, at) + s.slice(at + 1),
      () => s.slice(0, at) + pick(random, ['e', 'å']) + s.slice(at + 1),
      () => s.slice(0, at) + s.slice(at + 1, at + 2) + s.slice(at, at + 1) + s.slice(at + 2),
    ])();
  }
  return s;
}

describe('comparing names with the register', () => {
  it('gives the distance of the full table whenever it is within the limit', () => {
    const random = seededRandom(5);
    for (let n = 0; n < 3000; n++) {
      const a = Array.from({ length: Math.floor(random() * 14) }, () =>
        pick(random, [...'abö']),
      ).join('');
      const b = mutated(random, a, Math.floor(random() * 4));
      const max = 1 + Math.floor(random() * 2);
      const full = fullDistance(a, b);
      expect(editDistance(a, b, max), `${a} / ${b}`).toBe(full <= max ? full : max + 1);
    }
  });

  it('reads two long, nearly equal names a few times over, not length × length', () => {
    const random = seededRandom(9);
    for (const length of [50, 200, 800]) {
      const a = 'a'.repeat(length);
      const b = mutated(random, a, 2);
      const reads = { n: 0 };
      editDistance(counted(a, reads), counted(b, reads), 2);
      expect(reads.n).toBeLessThan(length * 40);
    }
  });

  it('finds the near names of a register of long, nearly equal names', () => {
    const register = {
      ...emptyRegister('Nämnden', new Date()),
      people: Array.from({ length: 300 }, (_, i) => ({
        id: `r${i}`,
        name: `${'a'.repeat(50)}${String(i).padStart(4, '0')}`,
        kind: 'ledamot' as const,
      })),
    };
    const people = [{ id: 'p', name: `${'a'.repeat(50)}0x07`, groupId: 'g' }];
    expect(similarNames(people, register).map((m) => m.entry.id)).toEqual(['r7']);
  });
});
