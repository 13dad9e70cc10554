import type { Person, Protocol } from '../protocol';
import { nameWithParty, participationText, personLine } from '../protocol/personText';

/** An attendance row: the printed line, and the items a partial attendee took part in. */
export function attendanceRow(
  protocol: Protocol,
  person: Person,
): { name: string; detail: string } {
  const line = personLine(protocol, person);
  const range = participationText(protocol, person);
  // personLine appends the range; the print model keeps it in its own column.
  const name = range && line.endsWith(` ${range}`) ? line.slice(0, -range.length - 1) : line;
  return { name, detail: range };
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
