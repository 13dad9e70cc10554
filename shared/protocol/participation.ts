import type { GroupKind, Person } from './attendance';
import type { Protocol } from './protocol';

/** Groups whose people decide: members and serving substitutes. */
const DECIDING_KINDS: ReadonlySet<GroupKind> = new Set(['beslutande', 'tjanstgorande-ersattare']);
/** Groups whose people are in the room (deciding or not). */
const PRESENT_KINDS: ReadonlySet<GroupKind> = new Set([
  'beslutande',
  'tjanstgorande-ersattare',
  'ej-tjanstgorande-ersattare',
  'ovriga',
]);

/** Item indexes (inclusive) a participation or signing range covers; null when an end is unknown. */
export interface IndexRange {
  from: number;
  to: number;
}

/** Resolves a range of item ids to indexes; missing ends mean the first or last item. */
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

function groupKindOf(protocol: Protocol, person: Person): GroupKind | undefined {
  return protocol.attendance.groups.find((g) => g.id === person.groupId)?.kind;
}

/** Whether the person sits in a group that decides (beslutande or tjänstgörande ersättare). */
export function isDeciding(protocol: Protocol, person: Person): boolean {
  const kind = groupKindOf(protocol, person);
  return kind !== undefined && DECIDING_KINDS.has(kind);
}

/** Whether the person was in the meeting during the item at this index (ignoring jäv). */
export function isPresentAt(protocol: Protocol, person: Person, index: number): boolean {
  const kind = groupKindOf(protocol, person);
  if (kind === undefined || !PRESENT_KINDS.has(kind)) return false;
  const range = resolveItemRange(
    protocol,
    person.participation?.fromItemId,
    person.participation?.toItemId,
  );
  // An unresolvable range is reported by validation; treat the person as present meanwhile.
  if (!range) return true;
  return index >= range.from && index <= range.to;
}

/** The members and serving substitutes who took part in the decision of the item at this index. */
export function participantsAt(protocol: Protocol, index: number): Person[] {
  const item = protocol.items[index];
  if (!item) return [];
  const jav = new Set(item.javPersonIds);
  return protocol.attendance.people.filter(
    (p) => isDeciding(protocol, p) && isPresentAt(protocol, p, index) && !jav.has(p.id),
  );
}

/** Who took part in each item, keyed by item id. */
export function participantsByItem(protocol: Protocol): Map<string, Person[]> {
  return new Map(protocol.items.map((item, index) => [item.id, participantsAt(protocol, index)]));
}

export interface ItemQuorum {
  itemId: string;
  participants: number;
  /** More than half of the members: floor(memberCount / 2) + 1. */
  required: number;
  met: boolean;
}

/** Quorum per item; empty when the number of members is not known. */
export function quorumByItem(protocol: Protocol): ItemQuorum[] {
  const members = protocol.meeting.memberCount;
  if (members === undefined) return [];
  const required = Math.floor(members / 2) + 1;
  return protocol.items.map((item, index) => {
    const participants = participantsAt(protocol, index).length;
    return { itemId: item.id, participants, required, met: participants >= required };
  });
}
