import type { Person, Role } from '../protocol/attendance';
import { newId } from '../protocol/ids';
import { setWholeMeetingSubstitution } from '../protocol/participationEdits';
import type { Protocol } from '../protocol/protocol';
import {
  groupOf,
  inTermOn,
  ledamoterOn,
  type Register,
  type RegisterPerson,
} from './registerSchema';

/**
 * The attendance of a protokoll from the body's member register: every ledamot in term listed
 * as tjänstgörande, the next ersättare offered for an absent one, the rest one click away.
 */

/** A name as a key: case and spacing do not make two people. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

const groupIdOf = (p: Protocol, kind: string) =>
  p.attendance.groups.find((g) => g.kind === kind)?.id;

function withPeople(p: Protocol, people: Person[]): Protocol {
  return { ...p, attendance: { ...p.attendance, people } };
}

/** The attendance person made from a register entry, placed in a group. */
function personFrom(entry: RegisterPerson, groupId: string): Person {
  const person: Person = { id: newId('person'), name: entry.name, groupId };
  if (entry.party) person.party = entry.party;
  if (entry.organisation) person.organisation = entry.organisation;
  const role: Role | undefined =
    entry.role ?? (entry.kind === 'ersattare' ? 'ersattare' : undefined);
  if (role) person.role = role;
  return person;
}

/** The register entry of an attendance person, by name. */
export function registerEntryOf(register: Register, person: Pick<Person, 'name'>) {
  const key = nameKey(person.name);
  return register.people.find((r) => nameKey(r.name) === key);
}

/** The register's ledamot count on the meeting date, stored in the protokoll for the quorum. */
export function withRegisterMemberCount(p: Protocol, register: Register | null): Protocol {
  const count = register ? ledamoterOn(register, p.meeting.date).length : 0;
  const current = p.meeting.registerMemberCount;
  if ((count || undefined) === current) return p;
  const meeting = { ...p.meeting };
  if (count > 0) meeting.registerMemberCount = count;
  else delete meeting.registerMemberCount;
  return { ...p, meeting };
}

/**
 * Lists every ledamot in term as beslutande (those already listed by name are kept as they are)
 * and records the register's member count. Unchanged without a beslutande group.
 */
export function attendanceFromRegister(p: Protocol, register: Register): Protocol {
  const groupId = groupIdOf(p, 'beslutande');
  if (!groupId) return withRegisterMemberCount(p, register);
  const listed = new Set(p.attendance.people.map((x) => nameKey(x.name)));
  const added = ledamoterOn(register, p.meeting.date)
    .filter((r) => !listed.has(nameKey(r.name)))
    .map((r) => personFrom(r, groupId));
  return withRegisterMemberCount(withPeople(p, [...p.attendance.people, ...added]), register);
}

/** Whether an attendance person already serves or sits as a serving ersättare. */
function isTaken(p: Protocol, person: Person | undefined): boolean {
  if (!person) return false;
  const kind = p.attendance.groups.find((g) => g.id === person.groupId)?.kind;
  return kind === 'beslutande' || kind === 'tjanstgorande-ersattare';
}

/**
 * Ersättare to call in for an absent member, best first: those of the member's group (party
 * unless the body decided groups) in their order, then the others by order. Those whose term
 * does not cover the meeting date and those already serving are left out.
 */
export function substitutesFor(p: Protocol, register: Register, member: Person): RegisterPerson[] {
  const entry = registerEntryOf(register, member);
  const group = entry ? groupOf(entry) : (member.party ?? '').trim().toLocaleLowerCase('sv');
  const byName = new Map(p.attendance.people.map((x) => [nameKey(x.name), x]));
  const free = register.people.filter(
    (r) =>
      r.kind === 'ersattare' &&
      inTermOn(r, p.meeting.date) &&
      !isTaken(p, byName.get(nameKey(r.name))),
  );
  const order = (r: RegisterPerson) => r.order ?? Number.MAX_SAFE_INTEGER;
  const same = free.filter((r) => group !== '' && groupOf(r) === group);
  const others = free.filter((r) => !same.includes(r));
  return [
    ...same.sort((a, b) => order(a) - order(b)),
    ...others.sort((a, b) => order(a) - order(b)),
  ];
}

/**
 * The ersättare serves for the member during the whole meeting: placed among the tjänstgörande
 * ersättare (moved there when already listed elsewhere) with the substitution recorded.
 */
export function callInSubstitute(p: Protocol, entry: RegisterPerson, memberId: string): Protocol {
  const groupId = groupIdOf(p, 'tjanstgorande-ersattare');
  if (!groupId) return p;
  const existing = p.attendance.people.find((x) => nameKey(x.name) === nameKey(entry.name));
  let next: Protocol;
  let id: string;
  if (existing) {
    id = existing.id;
    next = withPeople(
      p,
      p.attendance.people.map((x) => {
        if (x.id !== id) return x;
        const { subgroup: _, ...rest } = x;
        return { ...rest, groupId };
      }),
    );
  } else {
    const person = personFrom(entry, groupId);
    id = person.id;
    next = withPeople(p, [...p.attendance.people, person]);
  }
  return setWholeMeetingSubstitution(next, id, memberId);
}

/** Adds a register entry to the attendance: a ledamot as beslutande, an ersättare as present. */
export function addFromRegister(p: Protocol, entry: RegisterPerson): Protocol {
  const groupId =
    entry.kind === 'ledamot'
      ? groupIdOf(p, 'beslutande')
      : (groupIdOf(p, 'ej-tjanstgorande-ersattare') ?? groupIdOf(p, 'ovriga'));
  if (!groupId) return p;
  return withPeople(p, [...p.attendance.people, personFrom(entry, groupId)]);
}

/** Register people in term who are not in the attendance (offered one click away). */
export function notYetListed(p: Protocol, register: Register): RegisterPerson[] {
  const listed = new Set(p.attendance.people.map((x) => nameKey(x.name)));
  return register.people.filter((r) => inTermOn(r, p.meeting.date) && !listed.has(nameKey(r.name)));
}

/** Attendance people whose register term does not cover the meeting date. */
export function outOfTerm(
  p: Protocol,
  register: Register,
): { person: Person; entry: RegisterPerson }[] {
  const out: { person: Person; entry: RegisterPerson }[] = [];
  for (const person of p.attendance.people) {
    const entry = registerEntryOf(register, person);
    if (entry && !inTermOn(entry, p.meeting.date)) out.push({ person, entry });
  }
  return out;
}
