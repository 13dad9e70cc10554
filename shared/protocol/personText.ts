import type { Person } from './attendance';
import type { Protocol } from './protocol';
import { itemNumberMap } from './numbering';

/** Roles printed after a member's name; "ledamot" and "ersättare" go without saying. */
const PRINTED_MEMBER_ROLES = new Set(['ordforande', 'vice-ordforande']);

function party(person: Person): string {
  return person.party ? `(${person.party})` : '';
}

/** "Anna Lundberg (S)": the short form used in substitutions, votes and reservations. */
export function nameWithParty(person: Person): string {
  return [person.name, party(person)].filter(Boolean).join(' ');
}

/**
 * The items a person took part in, as printed after their name, e.g. "§ 46-52" or "1-7";
 * empty when they attended the whole meeting or a range end is unknown.
 */
export function participationText(protocol: Protocol, person: Person): string {
  const { fromItemId, toItemId } = person.participation ?? {};
  if (!fromItemId && !toItemId) return '';
  const numbers = itemNumberMap(protocol);
  const items = protocol.items;
  const from = numbers.get(fromItemId ?? items[0]?.id ?? '');
  const to = numbers.get(toItemId ?? items[items.length - 1]?.id ?? '');
  if (!from || !to) return '';
  const core = (n: { number: number; letter: string }) =>
    `${n.number}${n.letter ? ` ${n.letter}` : ''}`;
  const range = from.id === to.id ? core(from) : `${core(from)}-${core(to)}`;
  return protocol.meeting.numbering.style === 'paragraph'
    ? `${protocol.labels.paragraphSign} ${range}`
    : range;
}

/**
 * One attendance line as printed:
 * - member: "Beatrice Öhman, (S), Boden, ordförande" (organisation left out when it is the subgroup);
 * - serving substitute: "Per Olsson (S) ersättare för Anna Berg (M)";
 * - official: "Eva Lakso, Avdelningschef social välfärd, Norrbottens Kommuner";
 * followed by the participation range when partial: "Anders Öberg, (S) § 46-52".
 */
export function personLine(protocol: Protocol, person: Person): string {
  const labels = protocol.labels;
  let line: string;
  const member = person.substituteForId
    ? protocol.attendance.people.find((p) => p.id === person.substituteForId)
    : undefined;
  if (member) {
    line = `${nameWithParty(person)} ${labels.substituteFor} ${nameWithParty(member)}`;
  } else if (person.title || person.role === 'tjansteperson' || person.role === 'sekreterare') {
    line = [person.name, person.title, person.organisation].filter(Boolean).join(', ');
  } else {
    const organisation = person.organisation === person.subgroup ? undefined : person.organisation;
    const role =
      person.role && PRINTED_MEMBER_ROLES.has(person.role) ? labels.roles[person.role] : undefined;
    line = [person.name, party(person), organisation, role].filter(Boolean).join(', ');
  }
  const range = participationText(protocol, person);
  return range ? `${line} ${range}` : line;
}
