import { useId } from 'react';
import type { AttendanceGroup, Person } from '../../../shared/protocol/attendance';
import type { ParticipationEvent } from '../../../shared/protocol/participationEvents';
import { recordJav, setAbsentAt } from '../../../shared/protocol/participationEdits';
import { inCallInOrder } from '../../../shared/register/callInOrder';
import { updateDraft, useDraft } from '../../core/state/draftStore';
import { useBodyRegister } from '../../register/useBodyRegister';
import { PeopleChecklist } from './PeopleChecklist';
import { personLabel, presentPeople } from './people';
import { useItemParticipation } from './useItemParticipation';

const NO_GROUPS: AttendanceGroup[] = [];
const NO_EVENTS: ParticipationEvent[] = [];

/** Whether a person stands in as ersättare: by role or by the group they are listed in. */
function isSubstitute(p: Person, groups: readonly AttendanceGroup[]): boolean {
  const kind = groups.find((g) => g.id === p.groupId)?.kind;
  return (
    p.role === 'ersattare' ||
    kind === 'tjanstgorande-ersattare' ||
    kind === 'ej-tjanstgorande-ersattare'
  );
}

/**
 * Jäv in one item: who is disqualified and, for a member, the ersättare who serves instead in
 * this item only. Ersättare present and not already serving are offered in the register's call-in
 * order for the member (without a register, the member's party first).
 */
export function JavPart({ itemId }: { itemId: string }) {
  const { row, people } = useItemParticipation(itemId);
  const groups = useDraft((d) => d.attendance.groups) ?? NO_GROUPS;
  const { register } = useBodyRegister(useDraft((d) => d.meeting.body) ?? '');
  const events = useDraft((d) => d.attendance.events) ?? NO_EVENTS;
  const selectId = useId();
  const jav = events
    .filter((e) => e.type === 'absent' && e.jav && e.itemId === itemId)
    .map((e) => e.personId);
  const stepIn = (memberId: string) =>
    events.find(
      (e) =>
        e.type === 'substitutes' &&
        e.forId === memberId &&
        e.fromItemId === itemId &&
        e.toItemId === itemId,
    )?.personId;
  const free = new Set(row?.presentNotServing ?? []);
  const present = (member: Person) =>
    people.filter((p) => isSubstitute(p, groups) && (free.has(p.id) || stepIn(member.id) === p.id));
  const candidates = (member: Person) => inCallInOrder(register, member, present(member));
  const members = people.filter(
    (p) => jav.includes(p.id) && groups.find((g) => g.id === p.groupId)?.kind === 'beslutande',
  );
  const toggle = (id: string, checked: boolean) => {
    const member = people.find((p) => p.id === id);
    const first = member && !isSubstitute(member, groups) ? candidates(member)[0] : undefined;
    updateDraft((d) =>
      checked ? recordJav(d, id, itemId, first?.id) : setAbsentAt(d, id, itemId, 'present'),
    );
  };
  return (
    <>
      <PeopleChecklist
        legend="Anmäler jäv och deltar inte i ärendet"
        people={presentPeople(people, groups)}
        selected={jav}
        onToggle={toggle}
      />
      {members.map((m, k) => (
        <label key={m.id} className="wide" htmlFor={`${selectId}-${k}`}>
          Ersättare som tjänstgör för {personLabel(m)}
          <select
            id={`${selectId}-${k}`}
            value={stepIn(m.id) ?? ''}
            onChange={(e) =>
              updateDraft((d) => recordJav(d, m.id, itemId, e.target.value || undefined))
            }
          >
            <option value="">Ingen ersättare</option>
            {candidates(m).map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </>
  );
}
