import type { ReactNode } from 'react';
import type { Item, ItemKind } from '../../shared/protocol/item';
import { linesFrom, withoutEmptyLines } from './itemParts';
import { useItemFieldLabels } from './partLabels';

interface Props {
  item: Item;
  label: string;
  headingId: string;
  update(recipe: (item: Item) => Item): void;
  /** The grip to drag the item by, first in the title row. */
  dragHandle?: ReactNode;
}

/** Number, title, kind, dnr and presenters: the item's typing fields, with nothing destructive between them. */
export function ItemHeader({ item, label, headingId, update, dragHandle }: Props) {
  const title = item.title.trim() || 'Ärende utan rubrik';
  const words = useItemFieldLabels();
  return (
    <header className="item-header">
      <div className="item-title-row">
        {dragHandle}
        <h2 id={headingId} className="item-number">
          {label}
          <span className="visually-hidden"> {title}</span>
        </h2>
        <input
          className="item-title"
          aria-label={`Rubrik för ${label}`}
          placeholder="Ärendets rubrik"
          value={item.title}
          data-item-title={item.id}
          data-field="title"
          onChange={(e) => update((i) => ({ ...i, title: e.target.value }))}
        />
      </div>
      <div className="item-meta">
        <label>
          Ärendetyp
          <select
            value={item.kind}
            onChange={(e) => update((i) => ({ ...i, kind: e.target.value as ItemKind }))}
          >
            <option value="beslut">Beslutsärende</option>
            <option value="information">Informationsärende</option>
          </select>
        </label>
        <label>
          {words.dnr}
          <input
            className="item-dnr"
            value={item.dnr}
            placeholder="t.ex. KS 2020/123"
            onChange={(e) => update((i) => ({ ...i, dnr: e.target.value }))}
          />
        </label>
        <label>
          {words.timeSlot}
          {/* Printed in the agenda; the validation warns when it is not HH:MM-HH:MM. */}
          <input
            className="item-time-slot"
            size={11}
            value={item.timeSlot}
            placeholder="10:15-10:45"
            title="Tid på dagordningen, t.ex. 10:15-10:45"
            onChange={(e) => update((i) => ({ ...i, timeSlot: e.target.value }))}
          />
        </label>
        <label className="grow">
          {words.presenters}
          <textarea
            className="lines"
            rows={1}
            value={item.presenters.join('\n')}
            placeholder="Namn, titel (en per rad)"
            onChange={(e) => update((i) => ({ ...i, presenters: linesFrom(e.target.value) }))}
            onBlur={() => {
              const clean = withoutEmptyLines(item.presenters);
              if (clean.length !== item.presenters.length)
                update((i) => ({ ...i, presenters: clean }));
            }}
          />
        </label>
      </div>
    </header>
  );
}
