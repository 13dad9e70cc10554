import type { Person } from '../../../shared/protocol/attendance';
import { personLabel } from './people';

interface Props {
  legend: string;
  people: readonly Person[];
  selected: readonly string[];
  onToggle(personId: string, checked: boolean): void;
  /** Shown instead of the list when nobody is in the attendance yet. */
  emptyText?: string;
  /** Keeps at least one person ticked (a reservation needs someone). */
  keepOne?: boolean;
}

/** People to tick, e.g. who is disqualified (jäv) or who enters a reservation. */
export function PeopleChecklist({ legend, people, selected, onToggle, emptyText, keepOne }: Props) {
  return (
    <fieldset className="people-checklist">
      <legend>{legend}</legend>
      {people.length === 0 ? (
        <p className="hint">{emptyText ?? 'Lägg först till deltagare under Närvaro.'}</p>
      ) : (
        <div className="people-grid">
          {people.map((p) => {
            const checked = selected.includes(p.id);
            return (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={keepOne && checked && selected.length === 1}
                  onChange={(e) => onToggle(p.id, e.target.checked)}
                />
                {personLabel(p)}
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
