import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useCommand } from '../core/commands';
import { draftStore, useDraft } from '../core/state/draftStore';
import { useDraftTemplate } from './useDraftTemplate';
import { defaultDecisionIntro, defaultProposalIntro } from './itemOperations';
import { ItemOutline } from './ItemOutline';
import { ItemSection } from './ItemSection';
import { MenuButton } from './MenuButton';
import { useItemCommands } from './useItemCommands';
import { ReadOnlyFieldset, useReadOnly } from '../core/widgets/readOnly';
import { useItemLabels } from './useItemLabels';
import { useTextColumnDrop } from './useTextColumnDrop';
import { findItem, parseOrderKey, useItemOrderKey } from './itemIndex';
import { itemHeight, setTextColumnWidth } from './itemHeights';
import { pinInView, releasePin } from './scrollPin';
import './items.css';

export interface ItemsWorkspaceProps {
  activeItemId?: string;
  onActiveItemChange?(id: string): void;
}

/** Items rendered in full from the start; the rest are built as they scroll near. */
const EAGER_ITEMS = 12;
/** At most this many items before a jump's target are built and laid out with it (see goTo). */
const LAID_OUT_BEFORE = 6;

/** After a change that re-renders the list: which item to scroll to and what to focus. */
interface Pending {
  id: string;
  focus: 'title' | 'keep' | 'outline';
  el?: Element | null;
}

const POSITION_HINT = { opening: 'Inledande', other: 'Övrigt', closing: 'Avslutande' } as const;

/** The items of the open draft: an outline beside the text of every item. */
export function ItemsWorkspace({ activeItemId, onActiveItemChange }: ItemsWorkspaceProps) {
  // Only the order: typing in an item leaves the key, and so the whole list, unchanged.
  const orderKey = useItemOrderKey();
  const order = useMemo(() => parseOrderKey(orderKey), [orderKey]);
  const templateId = useDraft((d) => d.templateId);
  const organ = useDraft((d) => d.meeting.body) ?? '';
  const labels = useItemLabels(order);
  const template = useDraftTemplate(templateId);
  const intros = useMemo(
    () => ({
      decisionIntro: defaultDecisionIntro(template, organ),
      proposalIntro: defaultProposalIntro(template, organ),
    }),
    [template, organ],
  );

  const [ownActive, setOwnActive] = useState<string | undefined>(activeItemId);
  const activeId = activeItemId ?? ownActive;
  const reported = useRef<string | undefined>(activeItemId);
  const [mounted, setMounted] = useState<ReadonlySet<string>>(
    () => new Set(order.slice(0, EAGER_ITEMS).map((i) => i.id)),
  );
  const [announcement, setAnnouncement] = useState('');
  const pendingRef = useRef<Pending | null>(null);
  const [pendingTick, setPendingTick] = useState(0);
  const setPending = useCallback((p: Pending) => {
    pendingRef.current = p;
    setPendingTick((t) => t + 1);
  }, []);
  const commands = useItemCommands(template, activeId);
  const { locked } = useReadOnly();
  const { moveBy, moveTo: moveItemTo, remove: removeItem } = commands;
  // Read at call time so the callbacks handed to every item keep their identity.
  const labelsRef = useRef(labels);
  useEffect(() => {
    labelsRef.current = labels;
  }, [labels]);

  const mount = useCallback((id: string) => {
    setMounted((m) => (m.has(id) ? m : new Set(m).add(id)));
  }, []);
  // A jump's target and the items just above it, laid out in full (not skipped by
  // content-visibility), so the scroll lands on final positions and nothing above the target
  // grows in the frames after it.
  const [laidOut, setLaidOut] = useState<ReadonlySet<string>>(new Set());
  const orderRef = useRef(order);
  useEffect(() => {
    orderRef.current = order;
  }, [order]);
  const mountAround = useCallback((id: string) => {
    const list = orderRef.current;
    const at = list.findIndex((i) => i.id === id);
    const ids = [id];
    // Enough items above to fill a window: content-visibility renders them as they come near.
    const items = draftStore.get()?.items ?? [];
    for (let i = at - 1, room = window.innerHeight; i >= 0 && room > 0; i--) {
      const item = findItem(items, list[i]!.id);
      if (!item || ids.length > LAID_OUT_BEFORE) break;
      ids.push(item.id);
      room -= itemHeight(item);
    }
    setMounted((m) => (ids.every((x) => m.has(x)) ? m : new Set([...m, ...ids])));
    setLaidOut(new Set(ids));
  }, []);

  const activate = useCallback(
    (id: string) => {
      setOwnActive(id);
      reported.current = id;
      onActiveItemChange?.(id);
    },
    [onActiveItemChange],
  );

  const goTo = useCallback(
    (id: string, focus: 'title' | 'outline' = 'title') => {
      mountAround(id);
      activate(id);
      setPending({ id, focus });
    },
    [mountAround, activate, setPending],
  );

  // Someone else (validation panel, keyboard command) chose an item: reveal it.
  useEffect(() => {
    if (activeItemId && activeItemId !== reported.current) {
      reported.current = activeItemId;
      mountAround(activeItemId);
      setPending({ id: activeItemId, focus: 'title' });
    }
  }, [activeItemId, mountAround, setPending]);

  // The text column's width makes the height estimates of items not yet built.
  const textRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = textRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setTextColumnWidth(el.clientWidth));
    observer.observe(el);
    return () => {
      observer.disconnect();
      releasePin();
    };
  }, []);

  useLayoutEffect(() => {
    const pending = pendingRef.current;
    if (!pending) return;
    pendingRef.current = null;
    const section = document.getElementById(`item-${pending.id}`);
    if (pending.focus === 'keep') {
      if (pending.el instanceof HTMLElement && document.activeElement !== pending.el) {
        pending.el.focus({ preventScroll: true });
      }
      (pending.el ?? section)?.scrollIntoView({ block: 'nearest' });
    } else if (section && textRef.current) {
      // Built before the scroll (mounted with the pending change), then held in place while the
      // items around it are built and measured.
      section.scrollIntoView({ block: 'start' });
      if (pending.focus === 'outline') {
        document
          .querySelector<HTMLElement>(`[data-outline-id="${pending.id}"]`)
          ?.focus({ preventScroll: true });
      } else {
        section.querySelector<HTMLElement>('[data-item-title]')?.focus({ preventScroll: true });
      }
      pinInView(section, textRef.current);
    }
  }, [pendingTick]);

  const move = useCallback(
    (id: string, delta: -1 | 1) => {
      const focused = document.activeElement;
      const label = moveBy(id, delta);
      setAnnouncement(`Flyttat till ${label}`);
      setPending({ id, focus: 'keep', el: focused });
    },
    [moveBy, setPending],
  );

  const moveTo = useCallback(
    (id: string, index: number) => {
      const label = moveItemTo(id, index);
      setAnnouncement(`Flyttat till ${label}`);
    },
    [moveItemTo],
  );

  const drop = useTextColumnDrop(order, moveTo);

  const remove = useCallback(
    (id: string) => {
      const label = labelsRef.current.get(id) ?? '';
      const next = removeItem(id);
      setAnnouncement(`${label} borttaget`);
      if (next) goTo(next, 'outline');
    },
    [removeItem, goTo],
  );

  const addBlank = () => goTo(commands.addBlank());
  // Ctrl+Alt+N / Ctrl+Enter anywhere in the editor.
  useCommand('new-item', addBlank);
  const addStandard = (key: string) => {
    const id = commands.addStandard(key);
    if (id) goTo(id);
  };

  return (
    <div className="items-workspace">
      <nav className="items-outline" aria-label="Ärendelista">
        <ReadOnlyFieldset disabled={locked}>
          <div className="outline-actions">
            <button type="button" className="primary" onClick={addBlank}>
              Nytt ärende
            </button>
            <MenuButton
              label="Infoga standardärende"
              choices={(template?.items ?? []).map((t) => ({
                key: t.key,
                label: t.title.replaceAll('{organ}', organ || '…'),
                hint: POSITION_HINT[t.position],
              }))}
              onChoose={addStandard}
            />
          </div>
        </ReadOnlyFieldset>
        <p className="outline-hint" id="outline-hint">
          Dra för att flytta, eller Alt+Skift+↑/↓.
        </p>
        <ItemOutline
          order={order}
          labels={labels}
          activeId={activeId}
          onGo={goTo}
          onMove={move}
          onMoveTo={moveTo}
        />
      </nav>
      <div className="items-text" ref={textRef} {...drop}>
        {order.length === 0 && (
          <p className="empty-items">
            Inga ärenden ännu. Välj <strong>Nytt ärende</strong> eller{' '}
            <strong>Infoga standardärende</strong>.
          </p>
        )}
        {order.map(({ id }) => (
          <ItemSection
            key={id}
            itemId={id}
            label={labels.get(id) ?? ''}
            active={id === activeId}
            mounted={mounted.has(id)}
            laidOut={laidOut.has(id)}
            intros={intros}
            onMove={move}
            onDelete={remove}
            onFocusItem={activate}
            onMount={mount}
          />
        ))}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
