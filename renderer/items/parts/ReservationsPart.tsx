import type { Item, Reservation } from '../../../shared/protocol/item';
import { PeopleChecklist } from './PeopleChecklist';
import { personLabel } from './people';
import { useItemParticipation } from './useItemParticipation';

interface Props {
  item: Item;
  update(recipe: (item: Item) => Item): void;
}

/**
 * Reservations: who reserves themselves (from the attendance) and why. A reservation exists only
 * once someone is ticked, because the model requires at least one person.
 */
export function ReservationsPart({ item, update }: Props) {
  // Only those who took part in the decision may reserve themselves against it.
  const { serving: voters, people } = useItemParticipation(item.id);
  // Someone already ticked who no longer serves stays listed, so the tick can be removed.
  const listed = (ids: readonly string[]) => [
    ...voters,
    ...people.filter((p) => ids.includes(p.id) && !voters.includes(p)),
  ];
  const setReservation = (index: number, patch: Partial<Reservation>) =>
    update((i) => ({
      ...i,
      reservations: i.reservations.map((r, k) => (k === index ? { ...r, ...patch } : r)),
    }));
  const list = item.reservations;
  const startNew = (personId: string) =>
    update((i) => ({
      ...i,
      reservations: [...i.reservations, { personIds: [personId], reason: '', written: false }],
    }));

  return (
    <>
      {list.map((r, index) => (
        <div key={index} className="row-group">
          <PeopleChecklist
            legend={`Reservation ${index + 1}: vem reserverar sig`}
            people={listed(r.personIds)}
            selected={r.personIds}
            keepOne
            onToggle={(id, checked) =>
              setReservation(index, {
                personIds: checked ? [...r.personIds, id] : r.personIds.filter((p) => p !== id),
              })
            }
          />
          <label className="wide">
            Motivering för reservation {index + 1}
            <textarea
              rows={2}
              value={r.reason}
              onChange={(e) => setReservation(index, { reason: e.target.value })}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={r.written}
              onChange={(e) => setReservation(index, { written: e.target.checked })}
            />
            Skriftlig reservation (bilaga)
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update((i) => ({ ...i, reservations: i.reservations.filter((_, k) => k !== index) }))
            }
          >
            Ta bort reservation {index + 1}
          </button>
        </div>
      ))}
      {voters.length === 0 ? (
        <p className="hint">Ingen tjänstgör i ärendet. Lägg till deltagare under Närvaro.</p>
      ) : (
        <div className="start-reservation" role="group" aria-label="Ny reservation av">
          <span>{list.length === 0 ? 'Vem reserverar sig?' : 'Ny reservation av'}</span>
          {voters.map((p) => (
            <button key={p.id} type="button" onClick={() => startNew(p.id)}>
              {personLabel(p)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
