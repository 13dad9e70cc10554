import type { AttendanceGroup, Person } from '../../../shared/protocol/attendance';

/** A person as the item parts list them: "Anna Lundberg (S)". */
export function personLabel(p: Person): string {
  return p.party ? `${p.name} (${p.party})` : p.name;
}

/** Everyone present (not in an absent group). */
export function presentPeople(
  people: readonly Person[],
  groups: readonly AttendanceGroup[],
): Person[] {
  const absent = new Set(groups.filter((g) => g.kind === 'franvarande').map((g) => g.id));
  return people.filter((p) => !absent.has(p.groupId));
}
