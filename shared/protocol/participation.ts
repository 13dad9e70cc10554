import type { GroupKind, Person } from './attendance';
import type { SubstitutesEvent } from './participationEvents';
import type { Protocol } from './protocol';

/** Groups whose people are in the room (deciding or not). */
const PRESENT_KINDS: ReadonlySet<GroupKind> = new Set([
  'beslutande',
  'tjanstgorande-ersattare',
  'ej-tjanstgorande-ersattare',
  'ovriga',
]);

/** Item indexes (inclusive) a participation or signing range covers. */
export interface IndexRange {
  from: number;
  to: number;
}

/** Resolves a range of item ids to indexes; missing ends mean the first or last item; null when an id is unknown. */
export function resolveItemRange(
  protocol: Protocol,
  fromItemId?: string,
  toItemId?: string,
): IndexRange | null {
  const last = protocol.items.length - 1;
  const from = fromItemId === undefined ? 0 : protocol.items.findIndex((i) => i.id === fromItemId);
  const to = toItemId === undefined ? last : protocol.items.findIndex((i) => i.id === toItemId);
  if (from < 0 || to < 0) return null;
  return { from, to };
}

/** Where a person is during one item: in the room, away, or jävig (takes no part). */
export type Presence = 'present' | 'away' | 'jav';

function groupKindOf(protocol: Protocol, person: Person): GroupKind | undefined {
  return protocol.attendance.groups.find((g) => g.id === person.groupId)?.kind;
}

/**
 * The person's presence in each item, from their group and their events. Arrivals and
 * departures are applied in meeting order, so "leaves after § 5, arrives before § 8" is away in
 * § 6-7; someone whose first move is an arrival was not there before it. Events naming an item
 * that does not exist are ignored (validation reports them).
 */
export function presenceOf(protocol: Protocol, person: Person): Presence[] {
  const n = protocol.items.length;
  const kind = groupKindOf(protocol, person);
  if (kind === undefined || !PRESENT_KINDS.has(kind)) return new Array<Presence>(n).fill('away');
  const indexOf = itemIndexMap(protocol);
  const moves: { boundary: number; arrives: boolean }[] = [];
  for (const e of protocol.attendance.events) {
    if (e.personId !== person.id || (e.type !== 'arrives' && e.type !== 'leaves')) continue;
    const index = indexOf.get(e.itemId);
    if (index === undefined) continue;
    moves.push(
      e.type === 'arrives'
        ? { boundary: index, arrives: true }
        : { boundary: index + 1, arrives: false },
    );
  }
  // Array.prototype.sort is stable: moves at the same boundary keep the order they were recorded.
  moves.sort((a, b) => a.boundary - b.boundary);
  let inRoom = !(moves[0]?.arrives ?? false);
  const out: Presence[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < moves.length && moves[k]!.boundary <= i) inRoom = moves[k++]!.arrives;
    out.push(inRoom ? 'present' : 'away');
  }
  for (const e of protocol.attendance.events) {
    if (e.personId !== person.id || e.type !== 'absent') continue;
    const index = indexOf.get(e.itemId);
    if (index !== undefined) out[index] = e.jav ? 'jav' : 'away';
  }
  return out;
}

/** Whether the person was in the room during the item at this index (jäv counts as not). */
export function isPresentAt(protocol: Protocol, person: Person, index: number): boolean {
  return presenceOf(protocol, person)[index] === 'present';
}

/** Item index by id. */
export function itemIndexMap(protocol: Protocol): Map<string, number> {
  return new Map(protocol.items.map((item, index) => [item.id, index]));
}

/** One tjänstgörande person in one item; forId names the member an ersättare serves for. */
export interface Seat {
  personId: string;
  forId?: string;
}

/** Who takes part in one item. */
export interface ItemParticipation {
  itemId: string;
  /** Tjänstgörande (members and ersättare who decide), in attendance order; nobody twice. */
  serving: Seat[];
  /** Ids of people in the room who are not serving (officials, non-serving ersättare). */
  presentNotServing: string[];
  /** Ids of people who are jäviga in this item. */
  jav: string[];
}

/** People who have substitution events: ersättare, who serve only through those. */
export function substituteIds(protocol: Protocol): Set<string> {
  return new Set(
    protocol.attendance.events.filter((e) => e.type === 'substitutes').map((e) => e.personId),
  );
}

/**
 * Who serves in each item, derived from groups and events (the single source for checks,
 * the editor and print):
 * - a person in a "beslutande" group without substitution events serves where present;
 * - an ersättare serves, where present and within the span of a substitution, for the named
 *   member when that member is not serving and nobody else already fills that seat (earlier
 *   events first). A member who is present therefore always takes precedence over the ersättare.
 * - a substitution for nobody named (or for someone not in the attendance) gives a seat of its own.
 * Thus nobody serves twice in one item and an ersättare never serves beside the one they replace.
 */
export function servingByItem(protocol: Protocol): ItemParticipation[] {
  const people = protocol.attendance.people;
  const byId = new Map(people.map((p) => [p.id, p]));
  const presence = new Map(people.map((p) => [p.id, presenceOf(protocol, p)]));
  const substitutes = substituteIds(protocol);
  const selfServing = new Set(
    people
      .filter((p) => groupKindOf(protocol, p) === 'beslutande' && !substitutes.has(p.id))
      .map((p) => p.id),
  );
  const spans = protocol.attendance.events
    .filter((e): e is SubstitutesEvent => e.type === 'substitutes')
    .map((e) => ({ event: e, range: resolveItemRange(protocol, e.fromItemId, e.toItemId) }));
  const order = new Map(people.map((p, i) => [p.id, i]));

  return protocol.items.map((item, index) => {
    const at = (id: string) => presence.get(id)?.[index];
    const forOf = new Map<string, string | undefined>();
    const filled = new Set<string>();
    for (const id of selfServing) {
      if (at(id) !== 'present') continue;
      forOf.set(id, undefined);
      filled.add(id);
    }
    for (const { event, range } of spans) {
      if (!range || index < range.from || index > range.to) continue;
      if (at(event.personId) !== 'present' || forOf.has(event.personId)) continue;
      const member = event.forId !== undefined ? byId.get(event.forId) : undefined;
      if (!member) {
        forOf.set(event.personId, undefined);
        continue;
      }
      if (substitutes.has(member.id) || filled.has(member.id)) continue;
      forOf.set(event.personId, member.id);
      filled.add(member.id);
    }
    const serving = [...forOf.entries()]
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([personId, forId]) => (forId === undefined ? { personId } : { personId, forId }));
    return {
      itemId: item.id,
      serving,
      presentNotServing: people
        .filter((p) => at(p.id) === 'present' && !forOf.has(p.id))
        .map((p) => p.id),
      jav: people.filter((p) => at(p.id) === 'jav').map((p) => p.id),
    };
  });
}

/** The members and serving ersättare who took part in the decision of the item at this index. */
export function participantsAt(protocol: Protocol, index: number): Person[] {
  const row = servingByItem(protocol)[index];
  if (!row) return [];
  const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
  return row.serving.map((s) => byId.get(s.personId)!);
}

/** Who took part in each item, keyed by item id. */
export function participantsByItem(protocol: Protocol): Map<string, Person[]> {
  const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
  return new Map(
    servingByItem(protocol).map((row) => [
      row.itemId,
      row.serving.map((s) => byId.get(s.personId)!),
    ]),
  );
}

/**
 * The number of members (ledamöter) of the body, for the quorum; undefined when not known.
 * The one place that says where the count comes from: the count typed for this meeting, else
 * the body's member register.
 */
export function memberCountOf(protocol: Protocol): number | undefined {
  return protocol.meeting.memberCount ?? protocol.meeting.registerMemberCount;
}

export interface ItemQuorum {
  itemId: string;
  participants: number;
  /** More than half of the members (KL 5:57): floor(memberCount / 2) + 1. */
  required: number;
  met: boolean;
}

/** Quorum per item; empty when the number of members is not known. */
export function quorumByItem(
  protocol: Protocol,
  rows: readonly ItemParticipation[] = servingByItem(protocol),
): ItemQuorum[] {
  const members = memberCountOf(protocol);
  if (members === undefined) return [];
  const required = Math.floor(members / 2) + 1;
  return rows.map((row) => ({
    itemId: row.itemId,
    participants: row.serving.length,
    required,
    met: row.serving.length >= required,
  }));
}
