import type { Person } from '../../../shared/protocol/attendance';
import { servingByItem, type ItemParticipation } from '../../../shared/protocol/participation';
import type { Protocol } from '../../../shared/protocol/protocol';
import { useDraft } from '../../core/state/draftStore';

const NO_PEOPLE: Person[] = [];

/**
 * The derivation depends on the attendance and on the items' order only, so it is kept while
 * neither changes: typing in an item does not recompute it or re-render the parts that use it.
 */
const cache = new WeakMap<Protocol['attendance'], { key: string; rows: ItemParticipation[] }>();

export function participationRows(draft: Protocol): ItemParticipation[] {
  const key = draft.items.map((i) => i.id).join('\n');
  const hit = cache.get(draft.attendance);
  if (hit && hit.key === key) return hit.rows;
  const rows = servingByItem(draft);
  cache.set(draft.attendance, { key, rows });
  return rows;
}

/** Who serves, who is present and who is jävig in one item, with the people themselves. */
export function useItemParticipation(itemId: string): {
  row: ItemParticipation | undefined;
  people: Person[];
  serving: Person[];
} {
  const row = useDraft((d) => participationRows(d).find((r) => r.itemId === itemId));
  const people = useDraft((d) => d.attendance.people) ?? NO_PEOPLE;
  const byId = new Map(people.map((p) => [p.id, p]));
  const serving = (row?.serving ?? [])
    .map((s) => byId.get(s.personId))
    .filter((p): p is Person => p !== undefined);
  return { row, people, serving };
}
