import type { Migration } from '../migrations';

type Doc = Record<string, unknown>;

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string';

/**
 * Version 1 → 2: participation becomes events between items, and an item may hold several votes.
 * - a person's range { fromItemId, toItemId } becomes "arrives before" and "leaves after";
 * - a deciding person's substituteForId becomes a substitution for that member (whole meeting; the
 *   presence events give the span); a serving ersättare without one serves for nobody named;
 *   substituteForId on someone who did not decide (a non-serving ersättare) had no effect and is dropped;
 * - an item's javPersonIds become "absent (jäv)" events;
 * - an item's single vote becomes a list of votes.
 * Fields in an unexpected shape are left as they are, so the schema check names them.
 */
export const participationToEvents: Migration = (doc) => {
  const attendance = doc.attendance;
  const items = Array.isArray(doc.items) ? (doc.items as unknown[]) : undefined;
  if (!isObject(attendance) || !Array.isArray(attendance.people)) return doc;
  const groups = Array.isArray(attendance.groups) ? (attendance.groups as unknown[]) : [];
  const kindOf = new Map(groups.filter(isObject).map((g) => [g.id, g.kind] as [unknown, unknown]));
  const events: Doc[] = [];
  const people = (attendance.people as unknown[]).map((person) => {
    if (!isObject(person) || !isId(person.id)) return person;
    const { substituteForId, participation, ...rest } = person;
    const personId = person.id;
    let kept: Doc = rest;
    const idOrAbsent = (v: unknown) => v === undefined || isId(v);
    if (
      isObject(participation) &&
      idOrAbsent(participation.fromItemId) &&
      idOrAbsent(participation.toItemId)
    ) {
      if (isId(participation.fromItemId))
        events.push({ type: 'arrives', personId, itemId: participation.fromItemId });
      if (isId(participation.toItemId))
        events.push({ type: 'leaves', personId, itemId: participation.toItemId });
    } else if (participation !== undefined) {
      kept = { ...kept, participation };
    }
    const kind = kindOf.get(person.groupId);
    if (substituteForId !== undefined && !isId(substituteForId)) {
      kept = { ...kept, substituteForId };
    } else if (
      kind === 'tjanstgorande-ersattare' ||
      (kind === 'beslutande' && substituteForId !== undefined)
    ) {
      events.push({
        type: 'substitutes',
        personId,
        ...(substituteForId !== undefined ? { forId: substituteForId } : {}),
      });
    }
    return kept;
  });
  const migratedItems = items?.map((item) => {
    if (!isObject(item)) return item;
    const { javPersonIds, vote, ...rest } = item;
    let kept: Doc = rest;
    if (Array.isArray(javPersonIds) && isId(item.id)) {
      for (const personId of javPersonIds) {
        if (isId(personId)) events.push({ type: 'absent', personId, itemId: item.id, jav: true });
        else kept = { ...kept, javPersonIds };
      }
    } else if (javPersonIds !== undefined) {
      kept = { ...kept, javPersonIds };
    }
    if (isObject(vote)) kept = { ...kept, votes: [vote] };
    else if (vote !== undefined) kept = { ...kept, vote };
    return kept;
  });
  return {
    ...doc,
    attendance: { ...attendance, people, events },
    ...(migratedItems ? { items: migratedItems } : {}),
  };
};
