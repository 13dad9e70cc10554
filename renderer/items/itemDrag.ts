import type { DragEvent } from 'react';
import type { OrderEntry } from './itemIndex';

/** The drag data type of an item being moved; its value is the item id. */
export const DRAG_TYPE = 'application/x-paragraf-item';

export type DropEdge = 'before' | 'after';

/** Which half of the element under the pointer: drop before or after it. */
export function edgeOf(e: DragEvent<HTMLElement> | globalThis.DragEvent, el: Element): DropEdge {
  const box = el.getBoundingClientRect();
  return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
}

/**
 * The index an item moves to when dropped on the `edge` of the item at `index`, or -1 when the
 * dragged item is not in the list. The outline and the text column share it.
 */
export function dropIndex(
  order: readonly OrderEntry[],
  draggedId: string,
  index: number,
  edge: DropEdge,
): number {
  const from = order.findIndex((i) => i.id === draggedId);
  if (from < 0) return -1;
  let to = edge === 'before' ? index : index + 1;
  if (from < to) to--; // the dragged item leaves its old place first
  return to;
}
