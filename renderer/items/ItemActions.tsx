import { useState } from 'react';
import type { Item } from '../../shared/protocol/item';

interface Props {
  item: Item;
  label: string;
  update(recipe: (item: Item) => Item): void;
  onDelete(): void;
}

/**
 * The item's own actions (letter, delete), after its content: Tab from the title goes on to the
 * dnr and the text, never to "Ta bort ärende".
 */
export function ItemActions({ item, label, update, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const title = item.title.trim() || 'Ärende utan rubrik';
  return (
    <div className="item-actions item-footer">
      <button
        type="button"
        aria-pressed={item.inserted}
        title="Ett ärende som lagts till efter utsänd dagordning numreras med bokstav, t.ex. § 17 a"
        onClick={() => update((i) => ({ ...i, inserted: !i.inserted }))}
      >
        Tillagt ärende (a)
      </button>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Ta bort ärende
      </button>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={`Ta bort ${label}?`}>
          <p>
            Ta bort {label} {title}? Texten, beslutet och allt annat i ärendet försvinner.
          </p>
          <button type="button" className="danger" onClick={onDelete}>
            Ja, ta bort {label}
          </button>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a confirmation takes the focus */}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            Avbryt
          </button>
        </div>
      )}
    </div>
  );
}
