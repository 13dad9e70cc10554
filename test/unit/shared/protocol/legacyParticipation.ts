/**
 * How version 1 files were read: a person decided in an item when in a deciding group (members,
 * serving ersättare), inside their one range and not jävig there. Kept to check that migrated
 * files mean the same.
 */
interface V1Person {
  id: string;
  groupId: string;
  substituteForId?: string;
  participation?: { fromItemId?: string; toItemId?: string };
}
interface V1Doc {
  attendance: { groups: { id: string; kind: string }[]; people: V1Person[] };
  items: { id: string; javPersonIds: string[] }[];
}

const DECIDING = new Set(['beslutande', 'tjanstgorande-ersattare']);

export function legacyDeciding(doc: V1Doc): string[][] {
  const kind = (p: V1Person) => doc.attendance.groups.find((g) => g.id === p.groupId)?.kind ?? '';
  const indexOf = (id: string | undefined, fallback: number) =>
    id === undefined ? fallback : doc.items.findIndex((i) => i.id === id);
  return doc.items.map((item, index) =>
    doc.attendance.people
      .filter((p) => {
        if (!DECIDING.has(kind(p)) || item.javPersonIds.includes(p.id)) return false;
        const from = indexOf(p.participation?.fromItemId, 0);
        const to = indexOf(p.participation?.toItemId, doc.items.length - 1);
        return index >= from && index <= to;
      })
      .map((p) => p.id),
  );
}

/**
 * Whether the old reading was coherent: an ersättare never decided beside the member they stood
 * in for, and no two ersättare decided for the same member at once (the new model rules both out).
 */
export function legacyCoherent(doc: V1Doc): boolean {
  const deciding = legacyDeciding(doc);
  return deciding.every((ids) => {
    const set = new Set(ids);
    const seats = new Set<string>();
    for (const p of doc.attendance.people) {
      if (!set.has(p.id) || !p.substituteForId) continue;
      if (set.has(p.substituteForId) || seats.has(p.substituteForId)) return false;
      seats.add(p.substituteForId);
    }
    return true;
  });
}
