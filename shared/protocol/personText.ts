import type { Person } from './attendance';
import type { Protocol } from './protocol';
import { numberItems } from './numbering';
import { presenceOf, resolveItemRange } from './participation';
import { fillLabel } from '../print/fillLabel';
import { formatRange } from '../print/formatRange';

/** Roles printed after a member's name; "ledamot" and "ersättare" go without saying. */
const PRINTED_MEMBER_ROLES = new Set(['ordforande', 'vice-ordforande']);

/**
 * The party as the secretary typed it, in one pair of brackets: "S" and "(S)" both print "(S)";
 * the letters are never changed (parties write themselves "SJVP", "Sjvp", "MP").
 */
export function partyText(party: string | undefined): string {
  const typed = (party ?? '')
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  return typed ? `(${typed})` : '';
}

/** "Anna Lundberg (S)": the short form used in substitutions, votes and reservations. */
export function nameWithParty(person: Person): string {
  return [person.name, partyText(person.party)].filter(Boolean).join(' ');
}

/**
 * Item indexes as printed after a name: "§ 46–52", "§ 49", "§ 6–7, 9" or "1–7" (plain
 * numbering); consecutive indexes are joined into a range by formatRange.
 */
export function indexesText(protocol: Protocol, indexes: readonly number[]): string {
  const numbers = numberItems(
    protocol.items,
    protocol.meeting.numbering,
    protocol.labels.paragraphSign,
  );
  const sorted = [...new Set(indexes)].filter((i) => numbers[i]).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let k = 0; k < sorted.length;) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    runs.push(formatRange(numbers[sorted[k]!]!, numbers[sorted[end]!]!, { style: 'plain' }));
    k = end + 1;
  }
  if (runs.length === 0) return '';
  const text = runs.join(', ');
  return protocol.meeting.numbering.style === 'paragraph'
    ? `${protocol.labels.paragraphSign} ${text}`
    : text;
}

/** Items in running text: "§ 10", or "punkt 10" with plain numbering. */
function itemsInWords(protocol: Protocol, indexes: readonly number[]): string {
  const text = indexesText(protocol, indexes);
  return protocol.meeting.numbering.style === 'paragraph'
    ? text
    : `${protocol.labels.plainItemWord} ${text}`;
}

function span(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

/**
 * The items a person attended, in words, as printed after their name (print-conventions.md):
 * "deltog till och med § 10" when they left early, "deltog från § 5" when they came late,
 * "deltog § 5–10" when both, then "ej § 7 a" for items missed in between; empty when they
 * attended the whole meeting or not at all. Jäv is printed under the item instead.
 */
export function participationText(protocol: Protocol, person: Person): string {
  const presence = presenceOf(protocol, person);
  const attended = (i: number) => presence[i] !== 'away';
  const first = presence.findIndex((_, i) => attended(i));
  if (first < 0) return '';
  const lastIndex = presence.length - 1;
  let last = lastIndex;
  while (!attended(last)) last--;
  const { labels } = protocol;
  const parts: string[] = [];
  if (first > 0 && last === lastIndex) {
    parts.push(fillLabel(labels.participatedFrom, { items: itemsInWords(protocol, [first]) }));
  } else if (first === 0 && last < lastIndex) {
    parts.push(fillLabel(labels.participatedUntil, { items: itemsInWords(protocol, [last]) }));
  } else if (first > 0) {
    const items = itemsInWords(protocol, span(first, last));
    parts.push(fillLabel(labels.participatedIn, { items }));
  }
  const missed = span(first, last).filter((i) => !attended(i));
  if (missed.length > 0) parts.push(`${labels.notInItems} ${itemsInWords(protocol, missed)}`);
  return parts.join(', ');
}

/**
 * "ersättare för Linda Frohm (M)", with the items when the substitution does not span the whole
 * meeting ("ersättare för Linda Frohm (M) § 49"); one part per member substituted for.
 */
export function substitutionText(protocol: Protocol, person: Person): string {
  const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
  const parts: string[] = [];
  for (const e of protocol.attendance.events) {
    if (e.type !== 'substitutes' || e.personId !== person.id || e.forId === undefined) continue;
    const member = byId.get(e.forId);
    if (!member) continue;
    const range = resolveItemRange(protocol, e.fromItemId, e.toItemId);
    const partial = range && (e.fromItemId !== undefined || e.toItemId !== undefined);
    const items = partial ? indexesText(protocol, span(range.from, range.to)) : '';
    parts.push(
      [protocol.labels.substituteFor, nameWithParty(member), items].filter(Boolean).join(' '),
    );
  }
  return parts.join(', ');
}

/**
 * A person as printed in the attendance, without the items they attended:
 * - member: "Beatrice Öhman (S), Boden, ordförande" (organisation left out when it is the subgroup);
 * - ersättare serving for a member: "Per Olsson (S) ersättare för Anna Berg (M)";
 * - official: "Eva Lakso, Avdelningschef social välfärd, Norrbottens Kommuner".
 */
export function personName(protocol: Protocol, person: Person): string {
  const labels = protocol.labels;
  const substitution = substitutionText(protocol, person);
  if (substitution) return `${nameWithParty(person)} ${substitution}`;
  if (person.title || person.role === 'tjansteperson' || person.role === 'sekreterare') {
    return [person.name, person.title, person.organisation].filter(Boolean).join(', ');
  }
  const organisation = person.organisation === person.subgroup ? undefined : person.organisation;
  const role =
    person.role && PRINTED_MEMBER_ROLES.has(person.role) ? labels.roles[person.role] : undefined;
  return [nameWithParty(person), organisation, role].filter(Boolean).join(', ');
}

/** One attendance line as printed: the person, then the items when partial ("Anders Öberg (S), deltog till och med § 52"). */
export function personLine(protocol: Protocol, person: Person): string {
  const range = participationText(protocol, person);
  const line = personName(protocol, person);
  return range ? `${line}, ${range}` : line;
}
