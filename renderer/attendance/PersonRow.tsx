import { memo, type KeyboardEvent } from 'react';
import type { AttendanceGroup, Person, Role } from '../../shared/protocol/attendance';
import type { ItemNumber } from '../../shared/protocol/numbering';
import { announceUndoable } from '../core/draft/useStructureUndo';
import { updateDraft } from '../core/state/draftStore';
import { structuralEdit } from '../core/state/structureHistory';
import {
  setSimpleRange,
  setWholeMeetingSubstitution,
} from '../../shared/protocol/participationEdits';
import { markAbsent, movePerson, placePerson, removePerson, updatePerson } from './attendanceEdits';
import { ROLE_NAMES } from './personText';
import { absenceMarked } from '../register/registerRequests';

interface Props {
  person: Person;
  group: AttendanceGroup;
  groups: AttendanceGroup[];
  /** Members a serving substitute can serve for. */
  members: Person[];
  items: ItemNumber[];
  /** From the participation events: first arrival, last departure, whole-meeting substitution. */
  fromItemId: string | undefined;
  toItemId: string | undefined;
  substituteForId: string | undefined;
}

const set = (id: string, patch: Partial<Person>) => updateDraft((d) => updatePerson(d, id, patch));

/** Keeps focus on the control that was used, after the row moved in the list. */
function move(id: string, delta: -1 | 1) {
  const focused = document.activeElement as HTMLElement | null;
  updateDraft((d) => movePerson(d, id, delta));
  requestAnimationFrame(() => focused?.focus());
}

/** Moves a person to another group or subgroup ("groupId|subgroup"). */
function place(id: string, value: string, groups: AttendanceGroup[]) {
  const [groupId = '', subgroup = ''] = value.split('|');
  if (!groups.some((g) => g.id === groupId)) return;
  updateDraft((d) => placePerson(d, id, groupId, subgroup || undefined));
}

function setRange(id: string, fromItemId: string | undefined, toItemId: string | undefined) {
  updateDraft((d) => setSimpleRange(d, id, fromItemId, toItemId));
}

/** One person in the attendance: every field editable in place. */
export const PersonRow = memo(function PersonRow({
  person: p,
  group,
  groups,
  members,
  items,
  fromItemId,
  toItemId,
  substituteForId,
}: Props) {
  const who = p.name;
  const absent = group.kind === 'franvarande';
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      move(p.id, e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.altKey && !e.ctrlKey && !e.shiftKey && e.code === 'KeyF' && !absent) {
      // Alt+F: frånvarande; the offer of the next ersättare takes the focus (Enter accepts).
      e.preventDefault();
      const next = e.currentTarget.nextElementSibling?.getAttribute('data-person-id') ?? null;
      updateDraft((d) => markAbsent(d, p.id));
      absenceMarked(p.id, next);
    }
  };
  return (
    <tr onKeyDown={onKeyDown} data-person-id={p.id}>
      <td>
        <input
          aria-label={`Namn (${who})`}
          value={p.name}
          onChange={(e) => e.target.value.trim() && set(p.id, { name: e.target.value })}
        />
      </td>
      <td className="narrow">
        <input
          aria-label={`Parti, ${who}`}
          value={p.party ?? ''}
          onChange={(e) => set(p.id, { party: e.target.value })}
        />
      </td>
      <td>
        <input
          aria-label={`Organisation, ${who}`}
          value={p.organisation ?? ''}
          onChange={(e) => set(p.id, { organisation: e.target.value })}
        />
      </td>
      <td>
        <input
          aria-label={`Titel, ${who}`}
          value={p.title ?? ''}
          onChange={(e) => set(p.id, { title: e.target.value })}
        />
      </td>
      <td>
        <select
          aria-label={`Roll, ${who}`}
          value={p.role ?? ''}
          onChange={(e) => set(p.id, { role: (e.target.value || undefined) as Role | undefined })}
        >
          <option value="">–</option>
          {Object.entries(ROLE_NAMES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`Placering, ${who}`}
          value={`${p.groupId}|${p.subgroup ?? ''}`}
          onChange={(e) => place(p.id, e.target.value, groups)}
        >
          {groups.map((g) =>
            g.subgroups.length === 0 ? (
              <option key={g.id} value={`${g.id}|`}>
                {g.label}
              </option>
            ) : (
              <optgroup key={g.id} label={g.label}>
                <option value={`${g.id}|`}>{g.label}</option>
                {g.subgroups.map((s) => (
                  <option key={s} value={`${g.id}|${s}`}>
                    {s}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      </td>
      <td>
        {group.kind === 'tjanstgorande-ersattare' ? (
          <select
            aria-label={`Ersättare för, ${who}`}
            value={substituteForId ?? ''}
            onChange={(e) =>
              updateDraft((d) => setWholeMeetingSubstitution(d, p.id, e.target.value || undefined))
            }
          >
            <option value="">Välj ledamot</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
                {m.party ? ` (${m.party})` : ''}
              </option>
            ))}
          </select>
        ) : null}
      </td>
      <td className="participation">
        {!absent && (
          <div className="range-pair">
            <select
              aria-label={`Deltar från, ${who}`}
              value={fromItemId ?? ''}
              onChange={(e) => setRange(p.id, e.target.value || undefined, toItemId)}
            >
              <option value="">Från start</option>
              {items.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
            <select
              aria-label={`Deltar till, ${who}`}
              value={toItemId ?? ''}
              onChange={(e) => setRange(p.id, fromItemId, e.target.value || undefined)}
            >
              <option value="">Till slut</option>
              {items.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </td>
      <td className="row-actions">
        <button
          type="button"
          aria-label={`Flytta upp ${who}`}
          title="Flytta upp (Alt+↑)"
          onClick={() => move(p.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Flytta ned ${who}`}
          title="Flytta ned (Alt+↓)"
          onClick={() => move(p.id, 1)}
        >
          ↓
        </button>
        {!absent && groups.some((g) => g.kind === 'franvarande') && (
          <button
            type="button"
            aria-label={`Frånv. (markera ${who} som frånvarande)`}
            title="Flytta till Frånvarande (Alt+F)"
            onClick={(e) => {
              const row = e.currentTarget.closest('tr')?.nextElementSibling;
              updateDraft((d) => markAbsent(d, p.id));
              absenceMarked(p.id, row?.getAttribute('data-person-id') ?? null);
            }}
          >
            Frånv.
          </button>
        )}
        <button
          type="button"
          className="danger"
          aria-label={`Ta bort ${who}`}
          title="Ta bort personen"
          onClick={() => {
            if (structuralEdit('Personen togs bort', (d) => removePerson(d, p.id))) {
              announceUndoable(`${p.name} togs bort`);
            }
          }}
        >
          ✕
        </button>
      </td>
    </tr>
  );
});
