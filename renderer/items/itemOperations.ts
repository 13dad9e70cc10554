import { newId } from '../../shared/protocol/ids';
import { newItem, type Item } from '../../shared/protocol/item';
import { eventsWithoutItem } from '../../shared/protocol/participationEdits';
import type { Protocol } from '../../shared/protocol/protocol';
import { fillOrgan, itemFromTemplate } from '../../shared/template/newProtocol';
import type { Template, TemplateItem } from '../../shared/template/templateSchema';

// Pure edits of the item list. Numbers and the adjusters' ranges are derived from the order,
// so moving an item is all it takes to renumber everything.

/** Moves an item to a new index (clamped); returns the same array when nothing changes. */
export function moveItemTo(items: readonly Item[], id: string, toIndex: number): Item[] {
  const from = items.findIndex((i) => i.id === id);
  if (from < 0) return items as Item[];
  const to = Math.max(0, Math.min(items.length - 1, toIndex));
  if (to === from) return items as Item[];
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as Item);
  return next;
}

/** Moves an item one step up (-1) or down (+1). */
export function moveItemBy(items: readonly Item[], id: string, delta: -1 | 1): Item[] {
  const from = items.findIndex((i) => i.id === id);
  if (from < 0) return items as Item[];
  return moveItemTo(items, id, from + delta);
}

/** Replaces one item by id with the result of a recipe; untouched items keep their identity. */
export function updateItem(draft: Protocol, id: string, recipe: (item: Item) => Item): Protocol {
  const index = draft.items.findIndex((i) => i.id === id);
  const current = draft.items[index];
  if (!current) return draft;
  const next = recipe(current);
  if (next === current) return draft;
  const items = draft.items.slice();
  items[index] = next;
  return { ...draft, items };
}

/** The decision intro a new item starts with, e.g. "Kommunstyrelsen beslutar". */
export function defaultDecisionIntro(template: Template | undefined, organ: string): string {
  return fillOrgan(template?.decisionIntro ?? '{organ} beslutar', organ);
}

/** The proposal intro a new proposal starts with. */
export function defaultProposalIntro(template: Template | undefined, organ: string): string {
  return fillOrgan(template?.proposalIntro ?? 'Ordföranden föreslår att {organ} beslutar', organ);
}

/** A new, empty decision item with the template's decision intro and one empty att-sats. */
export function newBlankItem(template: Template | undefined, organ: string): Item {
  return newItem({
    id: newId('item'),
    title: '',
    body: [{ type: 'paragraph', children: [{ text: '' }] }],
    decision: { intro: defaultDecisionIntro(template, organ), attSatser: [''] },
  });
}

/** A standard item from the template with a fresh id (the same one may be inserted twice). */
export function newStandardItem(t: TemplateItem, organ: string): Item {
  const item = itemFromTemplate(t, organ, newId(`item-${t.key}`.slice(0, 40)));
  return item.body.length > 0
    ? item
    : { ...item, body: [{ type: 'paragraph', children: [{ text: '' }] }] };
}

/** Inserts an item after the given one (or at the end). */
export function insertItemAfter(
  items: readonly Item[],
  item: Item,
  afterId: string | undefined,
): Item[] {
  const at = afterId ? items.findIndex((i) => i.id === afterId) : -1;
  const next = items.slice();
  next.splice(at < 0 ? items.length : at + 1, 0, item);
  return next;
}

interface ItemRange {
  fromItemId?: string | undefined;
  toItemId?: string | undefined;
}

/** Moves range ends that point at a deleted item to its neighbours; other ranges stay as they are. */
function rangeWithout<T extends ItemRange>(
  range: T,
  id: string,
  before?: string,
  after?: string,
): T {
  if (range.fromItemId !== id && range.toItemId !== id) return range;
  const next = { ...range };
  if (range.fromItemId === id) next.fromItemId = after ?? before;
  if (range.toItemId === id) next.toItemId = before ?? after;
  if (!next.fromItemId) delete next.fromItemId;
  if (!next.toItemId) delete next.toItemId;
  return next;
}

/**
 * Deletes an item. Adjusters' ranges and participation events that named it move to the
 * neighbouring item, so nothing points at an item that no longer exists.
 */
export function deleteItem(draft: Protocol, id: string): Protocol {
  const index = draft.items.findIndex((i) => i.id === id);
  if (index < 0) return draft;
  const before = draft.items[index - 1]?.id;
  const after = draft.items[index + 1]?.id;
  const items = draft.items.filter((i) => i.id !== id);
  const adjusters = draft.signatures.adjusters.map((a) => rangeWithout(a, id, before, after));
  const events = eventsWithoutItem(draft.attendance.events, id, before, after);
  return {
    ...draft,
    items,
    signatures: { ...draft.signatures, adjusters },
    attendance: { ...draft.attendance, events },
  };
}

/** Standard items the template offers in the "Infoga standardärende" menu, in template order. */
export function standardItemsOf(template: Template | undefined): TemplateItem[] {
  return template ? template.items.slice() : [];
}
