import type { Person } from '../protocol/attendance';
import { registerEntryOf } from './registerAttendance';
import { groupOf, type Register } from './registerSchema';

type Named = Pick<Person, 'name' | 'party'>;

const partyKey = (p: Named) => (p.party ?? '').trim().toLocaleLowerCase('sv');

/**
 * Ersättare present at the meeting, in the order they are called in for `member`: with a
 * register, those of the member's group in the register's order, then the rest of the register
 * by order, then anyone not in it; without one, the member's party first. Stable otherwise.
 */
export function inCallInOrder<T extends Named>(
  register: Register | null,
  member: Named,
  candidates: readonly T[],
): T[] {
  if (!register) {
    const party = partyKey(member);
    return [...candidates].sort(
      (a, b) => Number(partyKey(b) === party) - Number(partyKey(a) === party),
    );
  }
  const memberEntry = registerEntryOf(register, member);
  const group = memberEntry ? groupOf(memberEntry) : partyKey(member);
  const rank = (c: T): [number, number] => {
    const entry = registerEntryOf(register, c);
    if (!entry) return [2, 0];
    const order = entry.order ?? Number.MAX_SAFE_INTEGER;
    return [group !== '' && groupOf(entry) === group ? 0 : 1, order];
  };
  return candidates
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .map((x) => x.c);
}
