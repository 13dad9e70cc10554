import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../../../renderer/core/state/draftStore';
import { createStructureHistory } from '../../../../../renderer/core/state/structureHistory';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';

function setup() {
  const store = createDraftStore();
  store.load(loadFixture());
  const history = createStructureHistory(store);
  const edit = (label: string, recipe: (d: Protocol) => Protocol) =>
    history.edit(label, recipe, (r) => store.update(r));
  const type = (index: number, title: string) =>
    store.update((d) => ({
      ...d,
      items: d.items.map((i, k) => (k === index ? { ...i, title } : i)),
    }));
  return { store, history, edit, type, get: () => store.get()! };
}

describe('undo of structural edits', () => {
  it('brings a deleted item back where it was, keeping what was typed since elsewhere', () => {
    const { history, edit, type, get } = setup();
    const original = get().items.map((i) => i.id);
    const gone = get().items[2]!;
    edit('Ärendet togs bort', (d) => ({ ...d, items: d.items.filter((i) => i.id !== gone.id) }));
    type(0, 'Skrivet efteråt');
    expect(history.undo()).toBe('Ärendet togs bort');
    expect(get().items.map((i) => i.id)).toEqual(original);
    expect(get().items[2]).toEqual(gone);
    expect(get().items[0]!.title).toBe('Skrivet efteråt');
    // Redo deletes it again; undo brings it back again.
    history.redo();
    expect(get().items.map((i) => i.id)).not.toContain(gone.id);
    expect(get().items[0]!.title).toBe('Skrivet efteråt');
    history.undo();
    expect(get().items.map((i) => i.id)).toEqual(original);
  });

  it('undoes moves, adds, removed parts and deleted people, last first', () => {
    const { history, edit, get } = setup();
    const start = get();
    edit('flytt', (d) => ({ ...d, items: [d.items[1]!, d.items[0]!, ...d.items.slice(2)] }));
    edit('del', (d) => ({
      ...d,
      items: d.items.map((i, k) => (k === 3 ? { ...i, decision: undefined } : i)),
    }));
    edit('person', (d) => ({
      ...d,
      attendance: { ...d.attendance, people: d.attendance.people.slice(1) },
    }));
    for (const label of ['person', 'del', 'flytt']) expect(history.undo()).toBe(label);
    expect(get().items).toEqual(start.items);
    expect(get().attendance).toEqual(start.attendance);
    expect(history.undo()).toBeNull();
  });

  it('forgets the history of another draft', () => {
    const { store, history, edit } = setup();
    edit('x', (d) => ({ ...d, items: d.items.slice(1) }));
    store.load({ ...loadFixture(), id: 'another-draft' });
    expect(history.canUndo()).toBe(false);
  });
});
