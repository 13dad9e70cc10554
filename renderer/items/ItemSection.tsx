import { memo, useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { ReadOnlyFieldset, useReadOnly } from '../core/widgets/readOnly';
import { ItemExtractButton } from './ItemExtractButton';
import { ItemBodyEditor } from './ItemBodyEditor';
import { ItemDragHandle } from './ItemDragHandle';
import { ItemActions } from './ItemActions';
import { ItemExtras } from './ItemExtras';
import { ItemHeader } from './ItemHeader';
import { intrinsicSize, itemHeight, useRememberHeight } from './itemHeights';
import { useItem } from './itemIndex';
import { ItemPlaceholder } from './ItemPlaceholder';
import type { PartIntros } from './itemParts';
import { memoIgnoringItemFields } from './memoItemProps';
import { useItemUpdate } from './useItemUpdate';

export interface ItemSectionActions {
  onMove(id: string, delta: -1 | 1): void;
  onDelete(id: string): void;
  onFocusItem(id: string): void;
  onMount(id: string): void;
}

interface Props extends ItemSectionActions {
  itemId: string;
  label: string;
  active: boolean;
  /** False until the item comes near the screen; a light placeholder stands in until then. */
  mounted: boolean;
  /** Laid out in full even off screen: the target of a jump and the items just above it. */
  laidOut?: boolean;
  intros: PartIntros;
}

// Typing in the body changes only the body (and the title only the title): the header and the
// parts then keep their props and skip rendering, so a keystroke renders the edited field only.
const Header = memoIgnoringItemFields(ItemHeader, ['body']);
const Extras = memoIgnoringItemFields(ItemExtras, ['body', 'title']);

/** True for Alt+Shift+↑/↓, the "move item" shortcut. */
export function moveDelta(e: KeyboardEvent): -1 | 1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
}

/**
 * One item. Memoised: it re-renders only when its own item object, number or active state
 * changes, so typing in one of 150 items touches only that item.
 */
export const ItemSection = memo(function ItemSection(props: Props) {
  const {
    itemId,
    label,
    active,
    mounted,
    laidOut,
    intros,
    onMove,
    onDelete,
    onFocusItem,
    onMount,
  } = props;
  // Subscribes to its own item only: typing here re-renders this item and nothing else.
  const item = useItem(itemId);
  const update = useItemUpdate(itemId);
  const headingId = `item-heading-${itemId}`;
  const ref = useRef<HTMLElement>(null);
  useRememberHeight(ref, item, mounted);
  const handle = useMemo(() => <ItemDragHandle itemId={itemId} />, [itemId]);
  const deleteThis = useCallback(() => onDelete(itemId), [onDelete, itemId]);
  const readOnly = useReadOnly().isItemReadOnly(itemId);

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent) => {
      const delta = moveDelta(e);
      if (delta === 0) return;
      e.preventDefault();
      e.stopPropagation();
      onMove(itemId, delta);
    },
    [itemId, onMove],
  );

  if (!item) return null;

  if (!mounted) {
    return <ItemPlaceholder item={item} label={label} headingId={headingId} onMount={onMount} />;
  }

  return (
    // The section only listens for the move shortcut its fields let through; it is not a control.
    <section
      ref={ref}
      className={`item${active ? ' active' : ''}${laidOut ? ' laid-out' : ''}`}
      // Off screen the item keeps its last measured height (content-visibility skips it).
      style={{ containIntrinsicSize: intrinsicSize(itemHeight(item)) }}
      id={`item-${item.id}`}
      data-item-id={item.id}
      aria-labelledby={headingId}
      onKeyDownCapture={onKeyDownCapture}
      onFocus={() => !active && onFocusItem(item.id)}
    >
      <ReadOnlyFieldset disabled={readOnly}>
        <Header
          item={item}
          label={label}
          headingId={headingId}
          update={update}
          dragHandle={handle}
        />
        <ItemBodyEditor itemId={item.id} label={label} body={item.body} />
        <Extras item={item} label={label} intros={intros} update={update} />
        <ItemActions item={item} label={label} update={update} onDelete={deleteThis} />
      </ReadOnlyFieldset>
      <ItemExtractButton itemId={item.id} label={label} />
    </section>
  );
});
