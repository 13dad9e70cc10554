import type { Person, Protocol } from '../protocol';
import { nameWithParty, participationText, personName } from '../protocol/personText';

/** An attendance row: the printed person, and the items a partial attendee took part in. */
export function attendanceRow(
  protocol: Protocol,
  person: Person,
): { name: string; detail: string } {
  return { name: personName(protocol, person), detail: participationText(protocol, person) };
}

/** Names of the given people ("Anna Lundberg (S), …"); unknown ids are skipped. */
export function namesOf(protocol: Protocol, ids: readonly string[]): string {
  const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
  return ids
    .map((id) => byId.get(id))
    .filter((p): p is Person => p !== undefined)
    .map(nameWithParty)
    .join(', ');
}

/** The person with this id, if any. */
export function personById(protocol: Protocol, id: string | undefined): Person | undefined {
  return id ? protocol.attendance.people.find((p) => p.id === id) : undefined;
}
