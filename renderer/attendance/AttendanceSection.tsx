import { useMemo, useState, useId } from 'react';
import type { AttendanceGroup, Person } from '../../shared/protocol/attendance';
import { numberItems } from '../../shared/protocol/numbering';
import type { ParticipationEvent } from '../../shared/protocol/participationEvents';
import { updateDraft, useDraft } from '../core/state/draftStore';
import { addSubgroup } from './attendanceEdits';
import { ParticipationTimeline } from './ParticipationTimeline';
import { PersonRow } from './PersonRow';
import { QuickAdd } from './QuickAdd';
import { useKnownPeople } from './useKnownPeople';
import { RegisterAttendance } from '../register/RegisterAttendance';

const NO_GROUPS: AttendanceGroup[] = [];
const NO_PEOPLE: Person[] = [];
const NO_EVENTS: ParticipationEvent[] = [];

/** A person's simple range and whole-meeting substitution, as primitive props for the memoised row. */
function eventFields(events: readonly ParticipationEvent[], personId: string) {
  let fromItemId: string | undefined;
  let toItemId: string | undefined;
  let substituteForId: string | undefined;
  for (const e of events) {
    if (e.personId !== personId) continue;
    if (e.type === 'arrives' && fromItemId === undefined) fromItemId = e.itemId;
    if (e.type === 'leaves') toItemId = e.itemId;
    if (e.type === 'substitutes' && !e.fromItemId && !e.toItemId && substituteForId === undefined)
      substituteForId = e.forId;
  }
  return { fromItemId, toItemId, substituteForId };
}

/** Närvaro: fast entry and the people of each group, in print order. */
export function AttendanceSection() {
  const groups = useDraft((d) => d.attendance.groups) ?? NO_GROUPS;
  const people = useDraft((d) => d.attendance.people) ?? NO_PEOPLE;
  const events = useDraft((d) => d.attendance.events) ?? NO_EVENTS;
  const items = useDraft((d) => d.items);
  const numbering = useDraft((d) => d.meeting.numbering);
  const sign = useDraft((d) => d.labels.paragraphSign);
  const body = useDraft((d) => d.meeting.body) ?? '';
  const id = useDraft((d) => d.id) ?? '';
  const known = useKnownPeople(body, id);
  const numbers = useMemo(
    () => (items && numbering ? numberItems(items, numbering, sign) : []),
    [items, numbering, sign],
  );
  const members = useMemo(() => {
    const voting = new Set(
      groups.filter((g) => g.kind === 'beslutande' || g.kind === 'franvarande').map((g) => g.id),
    );
    return people.filter((p) => voting.has(p.groupId));
  }, [groups, people]);
  const knownNotAdded = useMemo(() => {
    const names = new Set(people.map((p) => p.name));
    return known.filter((line) => !names.has(line.split(',')[0]!.trim()));
  }, [known, people]);

  return (
    <section className="panel" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">Närvaro</h2>
      <RegisterAttendance />
      <QuickAdd groups={groups} knownPeople={knownNotAdded} />
      {groups.map((g) => (
        <GroupTable
          key={g.id}
          group={g}
          groups={groups}
          people={people.filter((p) => p.groupId === g.id)}
          members={members}
          numbers={numbers}
          events={events}
        />
      ))}
      <ParticipationTimeline groups={groups} people={people} numbers={numbers} />
    </section>
  );
}

function GroupTable(props: {
  group: AttendanceGroup;
  groups: AttendanceGroup[];
  people: Person[];
  members: Person[];
  numbers: ReturnType<typeof numberItems>;
  events: ParticipationEvent[];
}) {
  const { group, people } = props;
  const [newSub, setNewSub] = useState('');
  const subId = useId();
  const headingId = useId();
  const lists = ['', ...group.subgroups].map((s) => ({
    subgroup: s,
    people: people.filter((p) => (p.subgroup ?? '') === s),
  }));
  return (
    <section className="attendance-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {group.label} <span className="count">({people.length})</span>
      </h3>
      {people.length === 0 && <p className="hint">Ingen ännu.</p>}
      {lists
        .filter((l) => l.people.length > 0)
        .map((l) => (
          <div key={l.subgroup || '-'}>
            {l.subgroup && <h4>{l.subgroup}</h4>}
            <table className="people-table">
              <colgroup>
                <col className="c-name" />
                <col className="c-party" />
                <col className="c-org" />
                <col className="c-title" />
                <col className="c-role" />
                <col className="c-place" />
                <col className={group.kind === 'tjanstgorande-ersattare' ? 'c-sub' : 'c-none'} />
                <col className="c-part" />
                <col className="c-actions" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Namn</th>
                  <th scope="col">Parti</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Titel</th>
                  <th scope="col">Roll</th>
                  <th scope="col">Placering</th>
                  <th scope="col">
                    {group.kind === 'tjanstgorande-ersattare' ? (
                      'Ersättare för'
                    ) : (
                      <span className="visually-hidden">Ersättare för</span>
                    )}
                  </th>
                  <th scope="col">Deltar</th>
                  <th scope="col">
                    <span className="visually-hidden">Åtgärder</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {l.people.map((p) => (
                  <PersonRow
                    key={p.id}
                    person={p}
                    group={group}
                    groups={props.groups}
                    members={props.members}
                    items={props.numbers}
                    {...eventFields(props.events, p.id)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          updateDraft((d) => addSubgroup(d, group.id, newSub));
          setNewSub('');
        }}
      >
        <label htmlFor={subId}>Ny undergrupp i {group.label}</label>
        <input
          id={subId}
          value={newSub}
          placeholder="t.ex. Region Norrbotten"
          onChange={(e) => setNewSub(e.target.value)}
        />
        <button type="submit" disabled={!newSub.trim()}>
          Lägg till undergrupp
        </button>
      </form>
    </section>
  );
}
