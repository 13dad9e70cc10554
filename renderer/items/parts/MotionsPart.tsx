import { useEffect, useRef } from 'react';
import type { Item, Motion } from '../../../shared/protocol/item';

interface Props {
  item: Item;
  update(recipe: (item: Item) => Item): void;
  /** The protokoll's word for the propositionsordning. */
  propositionOrderLabel: string;
}

/** Yrkanden (who moved what, withdrawn or not) and the propositionsordning. */
export function MotionsPart({ item, update, propositionOrderLabel }: Props) {
  const setMotion = (index: number, patch: Partial<Motion>) =>
    update((i) => ({
      ...i,
      motions: i.motions.map((m, k) => (k === index ? { ...m, ...patch } : m)),
    }));
  // A new motion takes the focus: its mover is typed next, not behind the button.
  const added = useRef(false);
  const lastBy = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    lastBy.current?.focus();
  });
  return (
    <>
      {item.motions.map((m, index) => (
        <div key={index} className="motion row-group">
          <label>
            Yrkande {index + 1} av
            <input
              ref={index === item.motions.length - 1 ? lastBy : undefined}
              value={m.by}
              placeholder="t.ex. Anna Lundberg (S)"
              onChange={(e) => setMotion(index, { by: e.target.value })}
            />
          </label>
          <label className="wide">
            Yrkande {index + 1}
            <textarea
              rows={2}
              value={m.text}
              onChange={(e) => setMotion(index, { text: e.target.value })}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={m.withdrawn}
              onChange={(e) => setMotion(index, { withdrawn: e.target.checked })}
            />
            Återtaget
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update((i) => ({ ...i, motions: i.motions.filter((_, k) => k !== index) }))
            }
          >
            Ta bort yrkande {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          update((i) => ({
            ...i,
            motions: [...i.motions, { by: '', text: '', withdrawn: false }],
          }));
          added.current = true;
        }}
      >
        Nytt yrkande
      </button>
      <label className="wide">
        {propositionOrderLabel}
        <textarea
          rows={2}
          value={item.propositionOrder}
          placeholder="t.ex. Ordföranden ställer förslagen mot varandra och finner att …"
          onChange={(e) => update((i) => ({ ...i, propositionOrder: e.target.value }))}
        />
      </label>
    </>
  );
}
