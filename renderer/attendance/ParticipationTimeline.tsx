import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AttendanceGroup, GroupKind, Person } from '../../shared/protocol/attendance';
import type { ItemNumber } from '../../shared/protocol/numbering';
import { presenceOf, quorumByItem } from '../../shared/protocol/participation';
import { setAbsentAt } from '../../shared/protocol/participationEdits';
import type { Protocol } from '../../shared/protocol/protocol';
import { participationRows } from '../items/parts/useItemParticipation';
import { updateDraft, useDraft } from '../core/state/draftStore';
import './timeline.css';

/** People shown in the timeline: those who may decide or stand in. */
const TIMELINE_KINDS: ReadonlySet<GroupKind> = new Set([
  'beslutande',
  'tjanstgorande-ersattare',
  'ej-tjanstgorande-ersattare',
]);

type CellState = 'serves' | 'substitute' | 'present' | 'away' | 'jav';

const MARK: Record<CellState, string> = {
  serves: '✓',
  substitute: 'E',
  present: '·',
  away: '–',
  jav: 'J',
};

const SAYS: Record<CellState, string> = {
  serves: 'tjänstgör',
  substitute: 'tjänstgör som ersättare',
  present: 'närvarande, tjänstgör inte',
  away: 'frånvarande',
  jav: 'jäv',
};

/** What a click (or Enter) does: in the room → away → jäv → back in the room. */
function nextAbsence(state: CellState): 'away' | 'jav' | 'present' {
  if (state === 'away') return 'jav';
  if (state === 'jav') return 'present';
  return 'away';
}

function cellStates(draft: Protocol, people: readonly Person[]): CellState[][] {
  const rows = participationRows(draft);
  return people.map((person) => {
    const presence = presenceOf(draft, person);
    return draft.items.map((_, i) => {
      const seat = rows[i]?.serving.find((s) => s.personId === person.id);
      if (seat) return seat.forId ? 'substitute' : 'serves';
      return presence[i] === 'present' ? 'present' : presence[i]!;
    });
  });
}

/**
 * Who takes part in each item, one row per person and one cell per item: tjänstgör (✓), as
 * ersättare (E), present without serving (·), away (–) or jäv (J). A cell cycles away → jäv →
 * present on click or Enter; the arrow keys move between cells (one tab stop for the grid).
 */
export function ParticipationTimeline(props: {
  groups: readonly AttendanceGroup[];
  people: readonly Person[];
  numbers: readonly ItemNumber[];
}) {
  const { numbers } = props;
  const draft = useDraft((d) => d);
  const people = useMemo(() => {
    const kinds = new Map(props.groups.map((g) => [g.id, g.kind]));
    return props.people.filter((p) => TIMELINE_KINDS.has(kinds.get(p.groupId)!));
  }, [props.groups, props.people]);
  const states = useMemo(() => (draft ? cellStates(draft, people) : []), [draft, people]);
  const serving = useMemo(() => (draft ? participationRows(draft) : []), [draft]);
  const quorum = useMemo(
    () => new Map(draft ? quorumByItem(draft, serving).map((q) => [q.itemId, q]) : []),
    [draft, serving],
  );
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const table = useRef<HTMLTableElement>(null);
  if (!draft || people.length === 0 || numbers.length === 0) return null;

  const move = (row: number, col: number) => {
    const r = Math.max(0, Math.min(people.length - 1, row));
    const c = Math.max(0, Math.min(numbers.length - 1, col));
    setFocus({ row: r, col: c });
    table.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, row: number, col: number) => {
    const to: Record<string, [number, number]> = {
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      Home: [row, 0],
      End: [row, numbers.length - 1],
    };
    const target = to[e.key];
    if (!target) return;
    e.preventDefault();
    move(...target);
  };

  return (
    <section className="participation-timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Deltagande per paragraf</h3>
      <p className="hint">
        ✓ tjänstgör, E tjänstgör som ersättare, · närvarande, – frånvarande, J jäv. Klicka eller
        tryck Enter för att växla frånvarande → jäv → närvarande; piltangenterna flyttar.
      </p>
      <div className="timeline-scroll">
        <table ref={table} role="grid" aria-labelledby="timeline-heading">
          <thead>
            <tr>
              <th scope="col">Person</th>
              {numbers.map((n) => (
                <th key={n.id} scope="col">
                  {n.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person, r) => (
              <tr key={person.id}>
                <th scope="row">
                  {person.name}
                  {person.party ? ` (${person.party})` : ''}
                </th>
                {numbers.map((n, c) => {
                  const state = states[r]![c]!;
                  return (
                    <td key={n.id} role="gridcell" className={`cell-${state}`}>
                      <button
                        type="button"
                        data-cell={`${r}-${c}`}
                        tabIndex={focus.row === r && focus.col === c ? 0 : -1}
                        aria-label={`${person.name}, ${n.label}: ${SAYS[state]}`}
                        onKeyDown={(e) => onKeyDown(e, r, c)}
                        onFocus={() => setFocus({ row: r, col: c })}
                        onClick={() =>
                          updateDraft((d) => setAbsentAt(d, person.id, n.id, nextAbsence(state)))
                        }
                      >
                        {MARK[state]}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Tjänstgörande</th>
              {numbers.map((n, c) => {
                const q = quorum.get(n.id);
                const short = q !== undefined && !q.met;
                return (
                  <td
                    key={n.id}
                    data-serving-count={serving[c]?.serving.length ?? 0}
                    className={short ? 'below-quorum' : undefined}
                    title={short ? `Ej beslutför: minst ${q.required} krävs` : undefined}
                  >
                    {serving[c]?.serving.length ?? 0}
                    {short && <span className="visually-hidden"> (ej beslutför)</span>}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
