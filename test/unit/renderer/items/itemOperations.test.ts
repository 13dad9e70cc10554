import { describe, expect, it } from 'vitest';
import { itemRangeText, numberItems } from '../../../../shared/protocol/numbering';
import { getTemplate } from '../../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../../shared/template/newProtocol';
import {
  deleteItem,
  insertItemAfter,
  moveItemBy,
  moveItemTo,
  newBlankItem,
  updateItem,
} from '../../../../renderer/items/itemOperations';

function draft() {
  const template = getTemplate('kommunal-namnd');
  if (!template) throw new Error('template missing');
  const p = createProtocolFromTemplate(template, {
    id: 'p1',
    now: new Date('2026-01-01T10:00:00Z'),
    body: 'Kommunstyrelsen',
    firstNumber: 46,
  });
  const ids = p.items.map((i) => i.id);
  return { p, ids, template };
}

describe('moving items', () => {
  it('moves an item down one step and renumbers by order', () => {
    const { p, ids } = draft();
    const moved = moveItemBy(p.items, ids[0]!, 1);
    expect(moved.map((i) => i.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    const numbers = numberItems(moved, p.meeting.numbering);
    expect(numbers.find((n) => n.id === ids[0])?.label).toBe('§ 47');
    expect(numbers.find((n) => n.id === ids[1])?.label).toBe('§ 46');
  });

  it('leaves the list untouched at the ends', () => {
    const { p, ids } = draft();
    expect(moveItemBy(p.items, ids[0]!, -1)).toBe(p.items);
    expect(moveItemBy(p.items, ids[ids.length - 1]!, 1)).toBe(p.items);
  });

  it('moves an item to any index, as drag and drop does', () => {
    const { p, ids } = draft();
    const moved = moveItemTo(p.items, ids[ids.length - 1]!, 0);
    expect(moved[0]!.id).toBe(ids[ids.length - 1]);
    expect(moved).toHaveLength(ids.length);
    // Items keep their identity, so only the moved ones re-render.
    expect(moved[1]).toBe(p.items[0]);
  });

  it("changes an adjuster's printed range when the end item moves", () => {
    const { p, ids } = draft();
    const withAdjuster = {
      ...p,
      signatures: {
        ...p.signatures,
        adjusters: [{ personId: 'x', fromItemId: ids[0]!, toItemId: ids[2]! }],
      },
    };
    expect(itemRangeText(withAdjuster, ids[0], ids[2])).toBe('§ 46–48');
    const moved = { ...withAdjuster, items: moveItemTo(p.items, ids[2]!, 4) };
    expect(itemRangeText(moved, ids[0], ids[2])).toBe('§ 46–50');
  });
});

describe('adding, changing and deleting items', () => {
  it('a new item gets the template decision intro with the body name', () => {
    const { p, ids, template } = draft();
    const item = newBlankItem(template, 'Kommunstyrelsen');
    expect(item.decision).toEqual({ intro: 'Kommunstyrelsen beslutar', attSatser: [''] });
    const items = insertItemAfter(p.items, item, ids[1]);
    expect(items[2]).toBe(item);
    expect(insertItemAfter(p.items, item, undefined).at(-1)).toBe(item);
  });

  it('updates one item and keeps the others identical', () => {
    const { p, ids } = draft();
    const next = updateItem(p, ids[1]!, (i) => ({ ...i, title: 'Ny titel' }));
    expect(next.items[1]!.title).toBe('Ny titel');
    expect(next.items[0]).toBe(p.items[0]);
    expect(updateItem(p, 'missing', (i) => ({ ...i, title: 'x' }))).toBe(p);
  });

  it('an inserted item takes a letter', () => {
    const { p, ids } = draft();
    const next = updateItem(p, ids[2]!, (i) => ({ ...i, inserted: true }));
    const labels = numberItems(next.items, next.meeting.numbering).map((n) => n.label);
    expect(labels.slice(0, 4)).toEqual(['§ 46', '§ 47', '§ 47 a', '§ 48']);
  });

  it('deleting the last item of a range moves the range end to its neighbour', () => {
    const { p, ids } = draft();
    const withAdjuster = {
      ...p,
      signatures: {
        ...p.signatures,
        adjusters: [{ personId: 'x', fromItemId: ids[0]!, toItemId: ids[2]! }],
      },
    };
    const next = deleteItem(withAdjuster, ids[2]!);
    expect(next.items.map((i) => i.id)).not.toContain(ids[2]);
    expect(next.signatures.adjusters[0]).toEqual({
      personId: 'x',
      fromItemId: ids[0],
      toItemId: ids[1],
    });
  });

  it('deleting an item keeps the participation events pointing at items that exist', () => {
    const { p, ids } = draft();
    const withEvents = {
      ...p,
      attendance: {
        ...p.attendance,
        events: [
          { type: 'arrives' as const, personId: 'a', itemId: ids[2]! },
          { type: 'leaves' as const, personId: 'b', itemId: ids[2]! },
          { type: 'absent' as const, personId: 'c', itemId: ids[2]!, jav: true },
          {
            type: 'substitutes' as const,
            personId: 'd',
            forId: 'c',
            fromItemId: ids[2]!,
            toItemId: ids[2]!,
          },
          { type: 'substitutes' as const, personId: 'e', fromItemId: ids[2]!, toItemId: ids[3]! },
        ],
      },
    };
    const next = deleteItem(withEvents, ids[2]!);
    expect(next.attendance.events).toEqual([
      { type: 'arrives', personId: 'a', itemId: ids[3] },
      { type: 'leaves', personId: 'b', itemId: ids[1] },
      { type: 'substitutes', personId: 'e', fromItemId: ids[3], toItemId: ids[3] },
    ]);
  });
});
