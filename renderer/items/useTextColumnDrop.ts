import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';
import { DRAG_TYPE, dropIndex, edgeOf, type DropEdge } from './itemDrag';
import type { OrderEntry } from './itemIndex';

/**
 * Drop handling for items dragged by their handle over the text column: one set of handlers on
 * the column (capture phase, so a body editor under the pointer never takes the drop as text),
 * the drop line drawn by a class on the item under the pointer, so no item re-renders while
 * dragging. The move itself is the outline's: `onMoveTo(id, index)`.
 */
export function useTextColumnDrop(
  order: readonly OrderEntry[],
  onMoveTo: (id: string, index: number) => void,
) {
  const orderRef = useRef(order);
  useEffect(() => {
    orderRef.current = order;
  }, [order]);
  const marked = useRef<{ el: Element; edge: DropEdge } | null>(null);

  const mark = useCallback((el: Element | null, edge: DropEdge = 'before') => {
    const old = marked.current;
    if (old && (old.el !== el || old.edge !== edge)) old.el.classList.remove(`drop-${old.edge}`);
    if (el) el.classList.add(`drop-${edge}`);
    marked.current = el ? { el, edge } : null;
  }, []);

  const target = (e: DragEvent<HTMLElement>) =>
    e.dataTransfer.types.includes(DRAG_TYPE)
      ? (e.target as Element).closest?.('.items-text > .item[data-item-id]')
      : null;

  return useMemo(
    () => ({
      onDragOverCapture(e: DragEvent<HTMLElement>) {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.stopPropagation();
        e.dataTransfer.dropEffect = 'move';
        const el = target(e);
        if (el) mark(el, edgeOf(e, el));
      },
      onDragLeave(e: DragEvent<HTMLElement>) {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) mark(null);
      },
      onDropCapture(e: DragEvent<HTMLElement>) {
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (!id) return;
        e.preventDefault();
        e.stopPropagation();
        const el = target(e) ?? marked.current?.el ?? null;
        const edge = el && target(e) ? edgeOf(e, el) : (marked.current?.edge ?? 'before');
        mark(null);
        const overId = el?.getAttribute('data-item-id');
        const index = orderRef.current.findIndex((i) => i.id === overId);
        if (index < 0 || overId === id) return;
        const to = dropIndex(orderRef.current, id, index, edge);
        if (to >= 0) onMoveTo(id, to);
      },
      onDragEnd() {
        mark(null);
      },
    }),
    [mark, onMoveTo],
  );
}
