import { DRAG_TYPE } from './itemDrag';

/**
 * The grip in an item's title row: drag it (mouse) to move the item among the others in the
 * text column or onto the outline. Hidden from screen readers: Alt+Shift+↑/↓ does the same
 * from the keyboard, anywhere in the item.
 */
export function ItemDragHandle({ itemId }: { itemId: string }) {
  return (
    <span
      className="drag-handle"
      draggable
      aria-hidden="true"
      title="Dra för att flytta ärendet (eller Alt+Skift+↑/↓)"
      data-drag-item={itemId}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, itemId);
        e.dataTransfer.effectAllowed = 'move';
        const row = e.currentTarget.closest('.item-title-row');
        if (row) e.dataTransfer.setDragImage(row, 12, 16);
        e.currentTarget.closest('.item')?.classList.add('dragging');
      }}
      onDragEnd={(e) => e.currentTarget.closest('.item')?.classList.remove('dragging')}
    >
      ⠿
    </span>
  );
}
