import type { Person } from '../../shared/protocol/attendance';
import { newId } from '../../shared/protocol/ids';
import {
  clearWholeMeetingSubstitution,
  hasSubstitution,
  setWholeMeetingSubstitution,
  substituteForOf,
  withoutPersonEvents,
  withoutPresenceEvents,
} from '../../shared/protocol/participationEdits';
import type { Protocol } from '../../shared/protocol/protocol';
import type { ParsedPerson } from './parsePersonLine';

/** Drops undefined and empty optional fields so the saved person stays minimal. */
function clean(person: Person): Person {
  const out = { ...person } as Record<string, unknown>;
  for (const key of Object.keys(out))
    if (out[key] === undefined || out[key] === '') delete out[key];
  return out as Person;
}

/** Adds a person read from a typed line to a group (at the end of that group). */
export function addPerson(
  draft: Protocol,
  parsed: ParsedPerson,
  groupId: string,
  subgroup?: string,
): Protocol {
  const lower = (s: string) => s.toLocaleLowerCase('sv');
  const servedFor = parsed.substituteForName
    ? draft.attendance.people.find((p) => lower(p.name) === lower(parsed.substituteForName!))
    : undefined;
  const person = clean({
    id: newId('person'),
    name: parsed.name,
    party: parsed.party,
    organisation: parsed.organisation,
    title: parsed.title,
    role: parsed.role,
    groupId,
    subgroup,
  });
  const added = {
    ...draft,
    attendance: { ...draft.attendance, people: [...draft.attendance.people, person] },
  };
  const serving = draft.attendance.groups.find((g) => g.id === groupId)?.kind;
  return servedFor || serving === 'tjanstgorande-ersattare'
    ? setWholeMeetingSubstitution(added, person.id, servedFor?.id)
    : added;
}

/**
 * Moves a person to another group or subgroup. An ersättare placed among the serving ones serves
 * (for nobody named until chosen); one moved out of it no longer serves throughout; someone moved
 * to the absent group loses what only applies to attendees.
 */
export function placePerson(
  draft: Protocol,
  id: string,
  groupId: string,
  subgroup: string | undefined,
): Protocol {
  const kind = (gid: string | undefined) => draft.attendance.groups.find((g) => g.id === gid)?.kind;
  const before = kind(draft.attendance.people.find((p) => p.id === id)?.groupId);
  const after = kind(groupId);
  let next = after === 'franvarande' ? markAbsent(draft, id) : draft;
  if (after === 'tjanstgorande-ersattare' && substituteForOf(next, id) === undefined) {
    if (!hasSubstitution(next, id)) next = setWholeMeetingSubstitution(next, id, undefined);
  } else if (before === 'tjanstgorande-ersattare' && after !== 'tjanstgorande-ersattare') {
    next = clearWholeMeetingSubstitution(next, id);
  }
  return updatePerson(next, id, { groupId, subgroup });
}

export function updatePerson(draft: Protocol, id: string, patch: Partial<Person>): Protocol {
  const people = draft.attendance.people.map((p) => (p.id === id ? clean({ ...p, ...patch }) : p));
  return { ...draft, attendance: { ...draft.attendance, people } };
}

/**
 * Moves a person up (-1) or down (+1) among the people printed in the same group and subgroup.
 * Unchanged when already first or last.
 */
export function movePerson(draft: Protocol, id: string, delta: -1 | 1): Protocol {
  const people = draft.attendance.people;
  const index = people.findIndex((p) => p.id === id);
  const person = people[index];
  if (!person) return draft;
  const sameList = (p: Person) =>
    p.groupId === person.groupId && (p.subgroup ?? '') === (person.subgroup ?? '');
  let other = index + delta;
  while (other >= 0 && other < people.length && !sameList(people[other]!)) other += delta;
  if (other < 0 || other >= people.length) return draft;
  const next = [...people];
  next[index] = people[other]!;
  next[other] = person;
  return { ...draft, attendance: { ...draft.attendance, people: next } };
}

/** Moves a person to the group for absent people, dropping what only applies to attendees. */
export function markAbsent(draft: Protocol, id: string): Protocol {
  const absent = draft.attendance.groups.find((g) => g.kind === 'franvarande');
  if (!absent) return draft;
  return updatePerson(withoutPresenceEvents(draft, id), id, {
    groupId: absent.id,
    subgroup: undefined,
  });
}

/** Removes a person and every reference to them (substitutes, signatures, adjusters). */
export function removePerson(draft: Protocol, id: string): Protocol {
  const cleared = withoutPersonEvents(draft, id);
  const people = cleared.attendance.people.filter((p) => p.id !== id);
  const s = draft.signatures;
  return {
    ...cleared,
    attendance: { ...cleared.attendance, people },
    signatures: {
      ...s,
      secretaryId: s.secretaryId === id ? undefined : s.secretaryId,
      chairId: s.chairId === id ? undefined : s.chairId,
      adjusters: s.adjusters.filter((a) => a.personId !== id),
    },
  };
}

/** Adds a sub-heading (e.g. an organisation) to a group. */
export function addSubgroup(draft: Protocol, groupId: string, name: string): Protocol {
  const label = name.trim();
  if (!label) return draft;
  const groups = draft.attendance.groups.map((g) =>
    g.id === groupId && !g.subgroups.includes(label)
      ? { ...g, subgroups: [...g.subgroups, label] }
      : g,
  );
  return { ...draft, attendance: { ...draft.attendance, groups } };
}
