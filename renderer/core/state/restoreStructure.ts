import type { Protocol } from '../../../shared/protocol/protocol';

type WithId = { id: string };

/**
 * A list as `target` has it, except that elements the edit did not touch (the same object in
 * `target` and `reference`) keep their `current` version: text typed since the edit stays.
 */
function restoreList<T extends WithId>(
  target: readonly T[],
  reference: readonly T[],
  current: readonly T[],
): T[] {
  const ref = new Map(reference.map((x) => [x.id, x]));
  const now = new Map(current.map((x) => [x.id, x]));
  const restored = target.map((x) => (ref.get(x.id) === x ? (now.get(x.id) ?? x) : x));
  // Elements neither side of the edit knew (added later) stay, at the end.
  const known = new Set([...target, ...reference].map((x) => x.id));
  return [...restored, ...current.filter((x) => !known.has(x.id))];
}

const pick = <T>(target: T, reference: T, current: T): T =>
  target === reference ? current : target;

/**
 * Undoes (or redoes) one structural edit — a delete, move, add or removed part — on the draft as
 * it is now: `target` is the draft on the far side of the edit, `reference` the near side. What
 * the edit did not touch keeps what was written since; what it touched returns as it was.
 */
export function restoreStructure(
  target: Protocol,
  reference: Protocol,
  current: Protocol,
): Protocol {
  return {
    ...current,
    meeting: pick(target.meeting, reference.meeting, current.meeting),
    signatures: pick(target.signatures, reference.signatures, current.signatures),
    items: restoreList(target.items, reference.items, current.items),
    attendance: {
      ...current.attendance,
      groups: restoreList(
        target.attendance.groups,
        reference.attendance.groups,
        current.attendance.groups,
      ),
      people: restoreList(
        target.attendance.people,
        reference.attendance.people,
        current.attendance.people,
      ),
    },
  };
}
