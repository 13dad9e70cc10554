import { useEffect, type RefObject } from 'react';
import type { Item } from '../../shared/protocol/item';
import { blockText } from '../../shared/protocol/richTextHelpers';

/**
 * Heights of items, so an item not yet built (or skipped by content-visibility) takes the room
 * it will take once built and nothing below or above it moves when it is.
 * Measured heights are kept per item id for the whole session; items never measured get an
 * estimate from their content, scaled by how far earlier estimates were off.
 */
const measured = new Map<string, number>();
/** Sum of measured / estimated heights, so the estimate learns this window's fonts and widths. */
let ratio = { measured: 0, estimated: 0 };
/** Characters per line of body text; learnt from the text column's width. */
let charsPerLine = 100;

const LINE = 21; // body line height at 1.45 × 0.95–1rem
const FIELD_ROW = 38; // one input row (att-sats, line of a list part)

function textLines(text: string): number {
  return Math.max(1, Math.ceil(text.length / charsPerLine));
}

/** An item's height from its content, before any correction (px). */
export function rawEstimate(item: Item): number {
  let h = 190; // border, padding, title row, meta row, toolbar, editable padding
  const bodyLines = item.body.reduce((n, b) => n + textLines(blockText(b)) + 0.45, 0);
  h += Math.max(72, bodyLines * LINE);
  for (const d of [item.proposal, item.decision]) {
    if (d)
      h += 70 + d.attSatser.reduce((n, a) => n + Math.max(1, textLines(a) * 0.8) * FIELD_ROW, 0);
  }
  const parts =
    Number(item.documents.length > 0) +
    Number(item.motions.length > 0 || item.propositionOrder !== '') +
    Number(item.votes.length > 0) +
    Number(item.reservations.length > 0) +
    Number(item.notes.length > 0) +
    Number(item.appendices.length > 0) +
    Number(item.distribution.length > 0) +
    Number(item.immediateAdjustment) +
    Number(item.notForWeb);
  const rows =
    item.documents.length +
    item.motions.length * 2 +
    item.reservations.length * 2 +
    item.notes.length * 2 +
    item.appendices.length +
    item.distribution.length +
    item.votes.reduce((n, v) => n + 5 + Math.ceil(v.ballots.length / 3), 0);
  // + "Lägg till…", the actions row, "Exportera utdrag…"
  return h + parts * 55 + rows * FIELD_ROW + 50 + 44 + 40;
}

/** The height an item will take (px): measured if it ever was, otherwise estimated. */
export function itemHeight(item: Item): number {
  const known = measured.get(item.id);
  if (known) return known;
  const scale = ratio.estimated > 0 ? ratio.measured / ratio.estimated : 1;
  return Math.round(rawEstimate(item) * Math.min(2, Math.max(0.5, scale)));
}

/**
 * contain-intrinsic-size for an item `height` px tall: it sizes the content box, so the item's
 * padding and border (.item in items.css) come off.
 */
export function intrinsicSize(height: number): string {
  return `auto calc(${height}px - 1.9rem - 2px)`;
}

/** Learns characters per line from the width of the text column (px). */
export function setTextColumnWidth(width: number): void {
  // Item padding and editor padding take about 60 px; 7.4 px is the mean glyph width at 15 px.
  if (width > 200) charsPerLine = Math.max(30, Math.floor((width - 60) / 7.4));
}

const items = new Map<Element, Item>();
let observer: ResizeObserver | null = null;

function onResize(entries: ResizeObserverEntry[]) {
  for (const entry of entries) {
    const item = items.get(entry.target);
    const height = entry.borderBoxSize[0]?.blockSize ?? 0;
    if (!item || height <= 0) continue;
    // An item whose content is skipped (content-visibility, off screen) reports its intrinsic
    // size, which is this module's own guess: not a measurement.
    const first = entry.target.firstElementChild;
    if (!first?.checkVisibility({ contentVisibilityAuto: true })) continue;
    if (!measured.has(item.id)) {
      ratio = {
        measured: ratio.measured + height,
        estimated: ratio.estimated + rawEstimate(item),
      };
    }
    measured.set(item.id, Math.round(height));
  }
}

/** Records the built item's height whenever it changes (one observer for all items). */
export function useRememberHeight(
  ref: RefObject<HTMLElement | null>,
  item: Item | undefined,
  built: boolean,
): void {
  // The item object changes with every keystroke; only the element decides what is observed.
  useEffect(() => {
    const el = ref.current;
    if (el && item) items.set(el, item);
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    observer ??= new ResizeObserver(onResize);
    observer.observe(el);
    return () => {
      items.delete(el);
      observer?.unobserve(el);
    };
  }, [ref, built]);
}
