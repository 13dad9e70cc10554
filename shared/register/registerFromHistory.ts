import type { Person } from '../protocol/attendance';
import { newId } from '../protocol/ids';
import type { Protocol } from '../protocol/protocol';
import { nameKey } from './registerAttendance';
import {
  emptyRegister,
  MAX_REGISTER_PEOPLE,
  type Register,
  type RegisterPerson,
} from './registerSchema';

interface Seen {
  person: Person;
  ledamot: number;
  ersattare: number;
  /** Date of the newest meeting the person attended in. */
  last: string;
}

/**
 * A proposed register from earlier protokoll of one body: whoever sat among the beslutande (or
 * was listed absent as a ledamot) is a ledamot, whoever served or attended as ersättare is an
 * ersättare; each person once, with the newest party, organisation and role. Officials and
 * other attendees are left out. Ersättare are ordered per party by how often they were called in.
 */
export function registerFromHistory(
  body: string,
  protocols: readonly Protocol[],
  now: Date,
): Register {
  const seen = new Map<string, Seen>();
  const newestFirst = [...protocols].sort((a, b) => b.meeting.date.localeCompare(a.meeting.date));
  for (const p of newestFirst) {
    const kindOf = new Map(p.attendance.groups.map((g) => [g.id, g.kind]));
    for (const person of p.attendance.people) {
      const kind = kindOf.get(person.groupId);
      const asErsattare =
        kind === 'tjanstgorande-ersattare' ||
        kind === 'ej-tjanstgorande-ersattare' ||
        person.role === 'ersattare';
      const asLedamot =
        !asErsattare &&
        (kind === 'beslutande' ||
          (kind === 'franvarande' && person.role !== 'tjansteperson' && !person.title));
      if (!asErsattare && !asLedamot) continue;
      if (person.role === 'sekreterare' || person.role === 'tjansteperson') continue;
      const key = nameKey(person.name);
      const entry = seen.get(key) ?? { person, ledamot: 0, ersattare: 0, last: p.meeting.date };
      if (asLedamot) entry.ledamot++;
      else entry.ersattare++;
      seen.set(key, entry);
    }
  }
  const people: RegisterPerson[] = [];
  for (const { person, ledamot, ersattare } of seen.values()) {
    const r: RegisterPerson = {
      id: newId('member'),
      name: person.name,
      kind: ledamot >= ersattare ? 'ledamot' : 'ersattare',
    };
    if (person.party) r.party = person.party;
    if (person.organisation) r.organisation = person.organisation;
    if (person.role === 'ordforande' || person.role === 'vice-ordforande') r.role = person.role;
    people.push(r);
  }
  const calls = new Map([...seen.values()].map((s) => [nameKey(s.person.name), s.ersattare]));
  const order = new Map<string, number>();
  const ersattare = people
    .filter((p) => p.kind === 'ersattare')
    .sort((a, b) => calls.get(nameKey(b.name))! - calls.get(nameKey(a.name))!);
  for (const p of ersattare) {
    const group = (p.party ?? '').toLocaleLowerCase('sv');
    const n = (order.get(group) ?? 0) + 1;
    order.set(group, n);
    p.order = n;
  }
  const ledamoter = people.filter((p) => p.kind === 'ledamot');
  return {
    ...emptyRegister(body, now),
    people: [...ledamoter, ...ersattare].slice(0, MAX_REGISTER_PEOPLE),
  };
}
