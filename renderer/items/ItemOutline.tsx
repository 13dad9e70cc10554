import {
  memo,
  useCallback,
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import { DRAG_TYPE, dropIndex, edgeOf as edgeOfElement, type DropEdge } from './itemDrag';
import { useItemTitle, type OrderEntry } from './itemIndex';
import { moveDelta } from './ItemSection';

interface EntryProps {
  id: string;
  index: number;
  label: string;
  active: boolean;
  dropEdge: 'before' | 'after' | null;
  onGo(id: string): void;
  onMove(id: string, delta: -1 | 1): void;
  onFocusStep(index: number, delta: -1 | 1): void;
  onDragOverEntry(index: number, edge: 'before' | 'after'): void;
  onDropAt(index: number, edge: 'before' | 'after', id: string): void;
}

const OutlineEntry = memo(function OutlineEntry(p: EntryProps) {
  const title = useItemTitle(p.id).trim() || 'Ärende utan rubrik';
  const onKeyDown = (e: KeyboardEvent) => {
    const delta = moveDelta(e);
    if (delta !== 0) {
      e.preventDefault();
      p.onMove(p.id, delta);
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      p.onFocusStep(p.index, e.key === 'ArrowDown' ? 1 : -1);
    }
  };
  const edgeOf = (e: DragEvent<HTMLElement>): DropEdge => edgeOfElement(e, e.currentTarget);
  return (
    <li
      className={`outline-entry${p.dropEdge ? ` drop-${p.dropEdge}` : ''}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, p.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        p.onDragOverEntry(p.index, edgeOf(e));
      }}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (!id) return;
        e.preventDefault();
        p.onDropAt(p.index, edgeOf(e), id);
      }}
    >
      <button
        type="button"
        data-outline-id={p.id}
        aria-current={p.active ? 'true' : undefined}
        aria-keyshortcuts="Alt+Shift+ArrowUp Alt+Shift+ArrowDown"
        aria-label={`${p.label} ${title}`}
        onClick={() => p.onGo(p.id)}
        onKeyDown={onKeyDown}
      >
        <span className="outline-number">{p.label}</span>{' '}
        <span className="outline-title" title={title}>
          {title}
        </span>
      </button>
    </li>
  );
});

interface Props {
  order: readonly OrderEntry[];
  labels: ReadonlyMap<string, string>;
  activeId: string | undefined;
  onGo(id: string): void;
  onMove(id: string, delta: -1 | 1): void;
  onMoveTo(id: string, index: number): void;
}

/** Number and title of every item: click to go there; drag, or Alt+Shift+↑/↓, to move. */
export function ItemOutline({ order, labels, activeId, onGo, onMove, onMoveTo }: Props) {
  const [drop, setDrop] = useState<{ index: number; edge: 'before' | 'after' } | null>(null);
  // The handlers read the current order through a ref, so every entry keeps the same props
  // while the secretary types and only entries whose number or title changed re-render.
  const itemsRef = useRef(order);
  useEffect(() => {
    itemsRef.current = order;
  }, [order]);
  const focusStep = useCallback((index: number, delta: -1 | 1) => {
    const next = itemsRef.current[index + delta];
    if (next) document.querySelector<HTMLElement>(`[data-outline-id="${next.id}"]`)?.focus();
  }, []);
  const dragOver = useCallback((index: number, edge: 'before' | 'after') => {
    setDrop((d) => (d?.index === index && d.edge === edge ? d : { index, edge }));
  }, []);
  const dropAt = useCallback(
    (index: number, edge: 'before' | 'after', id: string) => {
      setDrop(null);
      const to = dropIndex(itemsRef.current, id, index, edge);
      if (to >= 0) onMoveTo(id, to);
    },
    [onMoveTo],
  );
  return (
    <ol
      className="outline-list"
      onDragLeave={(e) => e.currentTarget === e.target && setDrop(null)}
      onDragEnd={() => setDrop(null)}
    >
      {order.map((item, index) => (
        <OutlineEntry
          key={item.id}
          id={item.id}
          index={index}
          label={labels.get(item.id) ?? ''}
          active={item.id === activeId}
          dropEdge={drop?.index === index ? drop.edge : null}
          onGo={onGo}
          onMove={onMove}
          onFocusStep={focusStep}
          onDragOverEntry={dragOver}
          onDropAt={dropAt}
        />
      ))}
    </ol>
  );
}
