import type { Item } from '../../shared/protocol/item';
import { useDraft } from '../core/state/draftStore';

// Lookups by id for the per-item subscriptions: one map per items array (the store replaces the
// array on every edit), so 150 items each finding themselves costs 150 map reads, not 150 scans.
const indexes = new WeakMap<readonly Item[], Map<string, Item>>();

export function findItem(items: readonly Item[], id: string): Item | undefined {
  let index = indexes.get(items);
  if (!index) {
    index = new Map(items.map((i) => [i.id, i]));
    indexes.set(items, index);
  }
  return index.get(id);
}

/** One item of the open draft; re-renders only when that item object changes. */
export function useItem(id: string): Item | undefined {
  return useDraft((d) => findItem(d.items, id));
}

/** One item's title; re-renders only when that title changes. */
export function useItemTitle(id: string): string {
  return useDraft((d) => findItem(d.items, id)?.title) ?? '';
}

/**
 * The order of the items and which are inserted ("a" items), as a string: equal strings compare
 * equal, so typing in an item does not re-render the list, while moves and letters do.
 */
export function useItemOrderKey(): string {
  return useDraft((d) => d.items.map((i) => (i.inserted ? `${i.id}+` : i.id)).join(' ')) ?? '';
}

export interface OrderEntry {
  id: string;
  inserted: boolean;
}

export function parseOrderKey(key: string): OrderEntry[] {
  if (!key) return [];
  return key
    .split(' ')
    .map((k) =>
      k.endsWith('+') ? { id: k.slice(0, -1), inserted: true } : { id: k, inserted: false },
    );
}
