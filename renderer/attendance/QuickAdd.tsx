import { useId, useState, type FormEvent } from 'react';
import type { AttendanceGroup } from '../../shared/protocol/attendance';
import { structuralEdit } from '../core/state/structureHistory';
import { addPerson } from './attendanceEdits';
import { parsePersonLine } from './parsePersonLine';

interface Props {
  groups: AttendanceGroup[];
  knownPeople: string[];
}

/** One line per person: "Beatrice Öhman, (S), Boden, ordförande" + Enter. */
export function QuickAdd({ groups, knownPeople }: Props) {
  const [line, setLine] = useState('');
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [subgroup, setSubgroup] = useState('');
  const [error, setError] = useState('');
  const ids = { line: useId(), group: useId(), subgroup: useId(), list: useId(), hint: useId() };
  const group = groups.find((g) => g.id === groupId) ?? groups[0];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parsePersonLine(line);
    if (!parsed || !group) {
      setError('Skriv minst ett namn.');
      return;
    }
    structuralEdit('Personen lades till', (d) =>
      addPerson(d, parsed, group.id, subgroup || undefined),
    );
    setLine('');
    setError('');
  };

  return (
    <form className="quick-add" onSubmit={submit} aria-label="Snabbinmatning av personer">
      <div className="field quick-line">
        <label htmlFor={ids.line}>Lägg till person</label>
        <input
          id={ids.line}
          value={line}
          list={ids.list}
          autoComplete="off"
          aria-describedby={ids.hint}
          aria-invalid={error ? true : undefined}
          placeholder="Beatrice Öhman, (S), Boden, ordförande"
          onChange={(e) => setLine(e.target.value)}
        />
        <datalist id={ids.list}>
          {knownPeople.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <div id={ids.hint} className="hint">
          {error || 'Namn, (parti), kommun, roll – eller namn, titel, organisation. Tryck Enter.'}
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.group}>Grupp</label>
        <select
          id={ids.group}
          value={group?.id}
          onChange={(e) => {
            setGroupId(e.target.value);
            setSubgroup('');
          }}
        >
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </select>
      </div>
      {group && group.subgroups.length > 0 && (
        <div className="field">
          <label htmlFor={ids.subgroup}>Undergrupp</label>
          <select id={ids.subgroup} value={subgroup} onChange={(e) => setSubgroup(e.target.value)}>
            <option value="">Ingen</option>
            {group.subgroups.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="primary">
        Lägg till
      </button>
    </form>
  );
}
