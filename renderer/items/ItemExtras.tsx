import { useEffect, useRef, useState } from 'react';
import type { Item } from '../../shared/protocol/item';
import { setAbsentAt } from '../../shared/protocol/participationEdits';
import { useDraft } from '../core/state/draftStore';
import { useItemParticipation } from './parts/useItemParticipation';
import { announceUndoable } from '../core/draft/useStructureUndo';
import { structuralEdit } from '../core/state/structureHistory';
import { DecisionEditor } from './DecisionEditor';
import { updateItem } from './itemOperations';
import { ITEM_PARTS, type PartIntros, type PartKey } from './itemParts';
import { MenuButton } from './MenuButton';
import { useItemFieldLabels } from './partLabels';
import { AppendicesPart } from './parts/AppendicesPart';
import { LinesPart } from './parts/LinesPart';
import { MotionsPart } from './parts/MotionsPart';
import { NotesPart } from './parts/NotesPart';
import { PartFrame } from './parts/PartFrame';
import { JavPart } from './parts/JavPart';
import { ReservationsPart } from './parts/ReservationsPart';
import { VotePart } from './parts/VotePart';

interface Props {
  item: Item;
  label: string;
  intros: PartIntros;
  update(recipe: (item: Item) => Item): void;
}

/** The decision, the proposal and the optional parts of an item, plus the "Lägg till…" menu. */
export function ItemExtras({ item, label, intros, update }: Props) {
  // Parts opened but still empty (e.g. jäv before anyone is ticked) stay visible until removed.
  const [opened, setOpened] = useState<ReadonlySet<PartKey>>(new Set());
  const words = useItemFieldLabels();
  const { row } = useItemParticipation(item.id);
  const hasJav = useDraft((d) =>
    d.attendance.events.some((e) => e.type === 'absent' && e.jav && e.itemId === item.id),
  );
  const isPresent = (p: (typeof ITEM_PARTS)[number]) =>
    p.isPresent(item) || (p.key === 'jav' && hasJav === true);
  const visible = ITEM_PARTS.filter((p) => isPresent(p) || opened.has(p.key));
  const offered = ITEM_PARTS.filter((p) => !visible.includes(p));

  // The part just added takes the focus, so typing goes on there (not behind the menu).
  const focusPart = useRef<string | null>(null);
  useEffect(() => {
    const key = focusPart.current;
    if (!key) return;
    focusPart.current = null;
    const part = document.querySelector(
      `[data-item-id="${CSS.escape(item.id)}"] [data-part="${CSS.escape(key)}"]`,
    );
    part
      ?.querySelector<HTMLElement>('input, textarea, select, [contenteditable="true"], button')
      ?.focus();
  });

  const add = (key: string) => {
    const spec = ITEM_PARTS.find((p) => p.key === key);
    if (!spec) return;
    focusPart.current = spec.key;
    setOpened((o) => new Set(o).add(spec.key));
    if (spec.add) update((i) => spec.add!(i, intros));
  };
  const remove = (key: PartKey) => {
    const spec = ITEM_PARTS.find((p) => p.key === key);
    setOpened((o) => {
      const next = new Set(o);
      next.delete(key);
      return next;
    });
    if (
      spec &&
      structuralEdit(`${words.parts[key]} togs bort`, (d) => {
        const next = updateItem(d, item.id, spec.remove);
        if (key !== 'jav') return next;
        // Without the part, nobody is jävig in the item any more: they take part again.
        return next.attendance.events.reduce(
          (acc, e) =>
            e.type === 'absent' && e.jav && e.itemId === item.id
              ? setAbsentAt(acc, e.personId, item.id, 'present')
              : acc,
          next,
        );
      })
    ) {
      announceUndoable(`${words.parts[key]} togs bort`);
    }
  };

  const body = (key: PartKey) => {
    switch (key) {
      case 'documents':
        return (
          <LinesPart
            label={words.parts.documents}
            lines={item.documents}
            placeholder="t.ex. Tjänsteskrivelse 2020-11-30"
            onChange={(documents) => update((i) => ({ ...i, documents }))}
          />
        );
      case 'motions':
        return (
          <MotionsPart item={item} update={update} propositionOrderLabel={words.propositionOrder} />
        );
      case 'vote':
        return <VotePart item={item} update={update} />;
      case 'reservations':
        return <ReservationsPart item={item} update={update} />;
      case 'notes':
        return <NotesPart item={item} update={update} />;
      case 'jav':
        return <JavPart itemId={item.id} />;
      case 'distribution':
        return (
          <LinesPart
            label={words.parts.distribution}
            lines={item.distribution}
            placeholder="t.ex. Ekonomiavdelningen"
            onChange={(distribution) => update((i) => ({ ...i, distribution }))}
          />
        );
      case 'appendices':
        return <AppendicesPart item={item} update={update} />;
      case 'immediateAdjustment':
        return <p className="hint">Paragrafen justeras omedelbart vid sammanträdet.</p>;
      case 'notForWeb':
        return (
          <label className="wide">
            Skäl (visas i stället för ärendet på webben)
            <input
              value={item.notForWebReason}
              placeholder="t.ex. Sekretess enligt 26 kap. 1 § OSL"
              onChange={(e) => update((i) => ({ ...i, notForWebReason: e.target.value }))}
            />
          </label>
        );
      default:
        return null;
    }
  };

  return (
    <>
      {row && row.serving.length > 0 && (
        <p className="serving-count" data-serving-count={row.serving.length}>
          {row.serving.length} tjänstgörande
        </p>
      )}
      {visible.map((p) => {
        if (p.key === 'proposal' || p.key === 'decision') {
          const decision = p.key === 'proposal' ? item.proposal : item.decision;
          if (!decision) return null;
          const isProposal = p.key === 'proposal';
          return (
            <DecisionEditor
              key={p.key}
              heading={words.parts[p.key]}
              field={p.key}
              introLabel={isProposal ? 'Förslagets inledning' : 'Beslutsinledning'}
              attLabel={isProposal ? 'Förslag, att-sats' : 'Att-sats'}
              decision={decision}
              onChange={(d) => update((i) => ({ ...i, [p.key]: d }))}
              onRemove={() => remove(p.key)}
              removeLabel={`Ta bort ${words.parts[p.key].toLowerCase()}`}
            />
          );
        }
        return (
          <PartFrame
            key={p.key}
            partKey={p.key}
            heading={words.parts[p.key]}
            onRemove={() => remove(p.key)}
          >
            {body(p.key)}
          </PartFrame>
        );
      })}
      {offered.length > 0 && (
        <MenuButton
          className="add-part"
          label="Lägg till…"
          accessibleName={`Lägg till i ${label}`}
          choices={offered.map((p) => ({ key: p.key, label: words.parts[p.key] }))}
          onChoose={add}
        />
      )}
    </>
  );
}
