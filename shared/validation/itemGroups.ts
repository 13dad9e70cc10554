import { indexesText } from '../protocol/personText';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';

/**
 * How a fault is named when it concerns some items: one item by number and title ("§ 49
 * Medicinskt förbrukningsmaterial"), several by their numbers joined into ranges ("§ 3-9, 12"),
 * so one warning covers what would otherwise be a copy per item.
 */
export function itemsText(p: Protocol, indexes: readonly number[]): string {
  if (indexes.length === 1) return describer(p).item(p.items[indexes[0]!]!.id);
  return indexesText(p, indexes);
}

/** Splits indexes into groups that share a key, keeping first-seen order; for one warning per group. */
export function groupBy<K>(
  entries: readonly { index: number; key: K }[],
): { key: K; indexes: number[] }[] {
  const groups = new Map<K, number[]>();
  for (const { index, key } of entries) {
    const list = groups.get(key) ?? [];
    list.push(index);
    groups.set(key, list);
  }
  return [...groups.entries()].map(([key, indexes]) => ({ key, indexes }));
}
