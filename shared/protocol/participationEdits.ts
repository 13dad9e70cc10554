import type { ParticipationEvent } from './participationEvents';
import type { Protocol } from './protocol';

/**
 * Pure edits of the participation events, shared by the editor and the tests. Each returns a new
 * protocol; the per-item sets follow from servingByItem.
 */

function withEvents(p: Protocol, events: ParticipationEvent[]): Protocol {
  return { ...p, attendance: { ...p.attendance, events } };
}

const isMove = (e: ParticipationEvent, personId: string) =>
  e.personId === personId && (e.type === 'arrives' || e.type === 'leaves');

/** The first arrival and the last departure of a person, as a simple from/to range. */
export function simpleRangeOf(
  p: Protocol,
  personId: string,
): { fromItemId?: string; toItemId?: string } {
  const moves = p.attendance.events.filter((e) => isMove(e, personId));
  const arrives = moves.find((e) => e.type === 'arrives');
  const leaves = moves.filter((e) => e.type === 'leaves').at(-1);
  return {
    ...(arrives && 'itemId' in arrives ? { fromItemId: arrives.itemId } : {}),
    ...(leaves && 'itemId' in leaves ? { toItemId: leaves.itemId } : {}),
  };
}

/** Replaces a person's arrivals and departures by one "arrives before" and one "leaves after". */
export function setSimpleRange(
  p: Protocol,
  personId: string,
  fromItemId: string | undefined,
  toItemId: string | undefined,
): Protocol {
  const events = p.attendance.events.filter((e) => !isMove(e, personId));
  if (fromItemId) events.push({ type: 'arrives', personId, itemId: fromItemId });
  if (toItemId) events.push({ type: 'leaves', personId, itemId: toItemId });
  return withEvents(p, events);
}

/** The member named by a person's whole-meeting substitution, if any. */
export function substituteForOf(p: Protocol, personId: string): string | undefined {
  for (const e of p.attendance.events) {
    if (e.type === 'substitutes' && e.personId === personId && !e.fromItemId && !e.toItemId)
      return e.forId;
  }
  return undefined;
}

/** Whether the person has any substitution (is an ersättare who serves through events). */
export function hasSubstitution(p: Protocol, personId: string): boolean {
  return p.attendance.events.some((e) => e.type === 'substitutes' && e.personId === personId);
}

/**
 * Sets the member a serving ersättare stands in for during the whole meeting (presence limits it);
 * without forId the ersättare serves for nobody named. Partial substitutions are kept.
 */
export function setWholeMeetingSubstitution(
  p: Protocol,
  personId: string,
  forId: string | undefined,
): Protocol {
  const whole = (e: ParticipationEvent) =>
    e.type === 'substitutes' && e.personId === personId && !e.fromItemId && !e.toItemId;
  const events = p.attendance.events.filter((e) => !whole(e));
  events.push({ type: 'substitutes', personId, ...(forId ? { forId } : {}) });
  return withEvents(p, events);
}

/** Removes a person's whole-meeting substitution (they no longer serve for anyone throughout). */
export function clearWholeMeetingSubstitution(p: Protocol, personId: string): Protocol {
  return withEvents(
    p,
    p.attendance.events.filter(
      (e) => !(e.type === 'substitutes' && e.personId === personId && !e.fromItemId && !e.toItemId),
    ),
  );
}

/** Ids of the people recorded as jäviga in an item. */
export function javIdsAt(p: Protocol, itemId: string): string[] {
  return p.attendance.events
    .filter((e) => e.type === 'absent' && e.itemId === itemId && e.jav)
    .map((e) => e.personId);
}

/**
 * Records (or clears) one person's absence from one item, with or without jäv. Clearing jäv also
 * removes a substitution that covers only this item for that person, since it was there for the jäv.
 */
export function setAbsentAt(
  p: Protocol,
  personId: string,
  itemId: string,
  state: 'jav' | 'away' | 'present',
): Protocol {
  const events = p.attendance.events.filter(
    (e) =>
      !(e.type === 'absent' && e.personId === personId && e.itemId === itemId) &&
      !(
        state === 'present' &&
        e.type === 'substitutes' &&
        e.forId === personId &&
        e.fromItemId === itemId &&
        e.toItemId === itemId
      ),
  );
  if (state !== 'present') events.push({ type: 'absent', personId, itemId, jav: state === 'jav' });
  return withEvents(p, events);
}

/**
 * Jäv for a member in one item, with an ersättare serving for them in that item only (when given).
 * Replaces any earlier one-item substitution for the same member and item.
 */
export function recordJav(
  p: Protocol,
  memberId: string,
  itemId: string,
  substituteId?: string,
): Protocol {
  const marked = setAbsentAt(p, memberId, itemId, 'jav');
  const events = marked.attendance.events.filter(
    (e) =>
      !(
        e.type === 'substitutes' &&
        e.forId === memberId &&
        e.fromItemId === itemId &&
        e.toItemId === itemId
      ),
  );
  if (substituteId) {
    events.push({
      type: 'substitutes',
      personId: substituteId,
      forId: memberId,
      fromItemId: itemId,
      toItemId: itemId,
    });
  }
  return withEvents(marked, events);
}

/** Removes every event about a person (when the person is removed). */
export function withoutPersonEvents(p: Protocol, personId: string): Protocol {
  return withEvents(
    p,
    p.attendance.events
      .filter((e) => e.personId !== personId)
      .map((e) => {
        if (e.type !== 'substitutes' || e.forId !== personId) return e;
        const { forId: _, ...rest } = e;
        return rest;
      }),
  );
}

/** Removes a person's arrivals, departures and absences (when they are marked absent throughout). */
export function withoutPresenceEvents(p: Protocol, personId: string): Protocol {
  return withEvents(
    p,
    p.attendance.events.filter((e) => e.personId !== personId),
  );
}

/**
 * Keeps the events valid when an item is deleted: an arrival before it moves to the next item, a
 * departure after it to the previous one, a substitution's ends to the neighbours; an absence
 * from it goes with it.
 */
export function eventsWithoutItem(
  events: readonly ParticipationEvent[],
  id: string,
  before?: string,
  after?: string,
): ParticipationEvent[] {
  const out: ParticipationEvent[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'absent':
        if (e.itemId !== id) out.push(e);
        break;
      case 'arrives':
        if (e.itemId !== id) out.push(e);
        else if (after) out.push({ ...e, itemId: after });
        break;
      case 'leaves':
        if (e.itemId !== id) out.push(e);
        else if (before) out.push({ ...e, itemId: before });
        break;
      case 'substitutes': {
        if (e.fromItemId !== id && e.toItemId !== id) {
          out.push(e);
          break;
        }
        const only = e.fromItemId === id && e.toItemId === id;
        if (only) break;
        const next = { ...e };
        if (e.fromItemId === id) next.fromItemId = after ?? before;
        if (e.toItemId === id) next.toItemId = before ?? after;
        if (!next.fromItemId) delete next.fromItemId;
        if (!next.toItemId) delete next.toItemId;
        out.push(next);
        break;
      }
    }
  }
  return out;
}
