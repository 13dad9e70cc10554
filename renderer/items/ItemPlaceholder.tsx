import { useCallback, useRef } from 'react';
import type { Item } from '../../shared/protocol/item';
import { plainText } from '../../shared/protocol/richTextHelpers';
import { intrinsicSize, itemHeight } from './itemHeights';
import { useNearScreen } from './useNearScreen';

interface Props {
  item: Item;
  label: string;
  headingId: string;
  onMount(id: string): void;
}

/**
 * A light stand-in for an item far from the screen: its number, title and text as plain HTML,
 * exactly as tall as the item was when last built (or as its content suggests), replaced by the
 * editor as it scrolls near, so building it moves nothing.
 */
export function ItemPlaceholder({ item, label, headingId, onMount }: Props) {
  const ref = useRef<HTMLElement>(null);
  const mount = useCallback(() => onMount(item.id), [onMount, item.id]);
  useNearScreen(ref, mount);
  const text = plainText(item.body);
  const height = itemHeight(item);
  return (
    <section
      ref={ref}
      className="item item-placeholder"
      id={`item-${item.id}`}
      data-item-id={item.id}
      aria-labelledby={headingId}
      style={{ height: `${height}px`, containIntrinsicSize: intrinsicSize(height) }}
    >
      <h2 id={headingId} className="item-number">
        {label} <span className="placeholder-title">{item.title}</span>
      </h2>
      <button type="button" className="link-button" onFocus={mount} onClick={mount}>
        Redigera {label}
      </button>
      <p className="placeholder-text">{text.slice(0, 800)}</p>
    </section>
  );
}
