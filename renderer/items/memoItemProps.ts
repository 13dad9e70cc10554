import { memo, type ComponentType } from 'react';
import type { Item } from '../../shared/protocol/item';

/** True when two items differ at most in `ignored` fields (an edit replaces only what changed). */
export function sameItemExcept(a: Item, b: Item, ignored: readonly (keyof Item)[]): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof Item)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => ignored.includes(k) || a[k] === b[k]);
}

/**
 * A component memoised on its props, where a change of the item's `ignored` fields does not
 * count: the header and the parts of an item skip re-rendering while its body is typed in.
 */
export function memoIgnoringItemFields<P extends { item: Item }>(
  component: ComponentType<P>,
  ignored: readonly (keyof Item)[],
) {
  return memo(component, (a, b) => {
    const keys = Object.keys(a) as (keyof P)[];
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) =>
      k === 'item' ? sameItemExcept(a.item, b.item, ignored) : Object.is(a[k], b[k]),
    );
  });
}
