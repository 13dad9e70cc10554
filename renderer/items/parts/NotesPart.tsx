import type { Item, ProtocolNote } from '../../../shared/protocol/item';

interface Props {
  item: Item;
  update(recipe: (item: Item) => Item): void;
}

/** Protokollsanteckningar: who and what. */
export function NotesPart({ item, update }: Props) {
  const setNote = (index: number, patch: Partial<ProtocolNote>) =>
    update((i) => ({ ...i, notes: i.notes.map((n, k) => (k === index ? { ...n, ...patch } : n)) }));
  return (
    <>
      {item.notes.map((n, index) => (
        <div key={index} className="row-group">
          <label>
            Anteckning {index + 1} av
            <input
              value={n.by}
              placeholder="t.ex. Anna Lundberg (S)"
              onChange={(e) => setNote(index, { by: e.target.value })}
            />
          </label>
          <label className="wide">
            Anteckning {index + 1}
            <textarea
              rows={2}
              value={n.text}
              onChange={(e) => setNote(index, { text: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() => update((i) => ({ ...i, notes: i.notes.filter((_, k) => k !== index) }))}
          >
            Ta bort anteckning {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => update((i) => ({ ...i, notes: [...i.notes, { by: '', text: '' }] }))}
      >
        Ny protokollsanteckning
      </button>
    </>
  );
}
