import { useEffect, useMemo, useRef, useState } from 'react';
import type { Person } from '../../shared/protocol/attendance';
import { isEditableStatus, type Protocol } from '../../shared/protocol/protocol';
import {
  addFromRegister,
  attendanceFromRegister,
  callInSubstitute,
  notYetListed,
  outOfTerm,
  registerEntryOf,
  substitutesFor,
  withRegisterMemberCount,
} from '../../shared/register/registerAttendance';
import type { Register, RegisterPerson } from '../../shared/register/registerSchema';
import { similarNames } from '../../shared/register/similarNames';
import { updateDraft, useDraft } from '../core/state/draftStore';
import { onAbsenceMarked, openRegister, returnFocusAfterCallIn } from './registerRequests';
import { useBodyRegister } from './useBodyRegister';
import './register.css';

const withParty = (p: { name: string; party?: string }) =>
  p.party ? `${p.name} (${p.party})` : p.name;

/** Absent ledamöter of the register for whom no ersättare serves yet. */
function absentWithoutSubstitute(p: Protocol, register: Register): Person[] {
  const absent = new Set(
    p.attendance.groups.filter((g) => g.kind === 'franvarande').map((g) => g.id),
  );
  const covered = new Set(
    p.attendance.events.flatMap((e) => (e.type === 'substitutes' && e.forId ? [e.forId] : [])),
  );
  return p.attendance.people.filter(
    (x) =>
      absent.has(x.groupId) &&
      !covered.has(x.id) &&
      registerEntryOf(register, x)?.kind === 'ledamot',
  );
}

/**
 * Närvaro from the body's Ledamotsregister: fill in the ledamöter, call in the next ersättare
 * for an absent one (Enter on the offer), add anyone else in one click, and warnings for people
 * whose term has ended or whose name differs slightly from the register.
 */
export function RegisterAttendance() {
  const body = useDraft((d) => d.meeting.body) ?? '';
  const draft = useDraft((d) => d);
  const { register, error } = useBodyRegister(body);
  const editable = draft ? isEditableStatus(draft.status) : false;

  // The quorum follows the register's ledamot count on the meeting date.
  useEffect(() => {
    // A register that cannot be read says nothing about the count: leave the last one.
    if (!editable || error) return;
    updateDraft((d) => withRegisterMemberCount(d, register));
  }, [register, error, editable, draft?.meeting.date]);

  if (!draft || !body.trim()) return null;
  if (error) {
    return (
      <div className="register-panel">
        <p className="error" role="alert">
          {error}
        </p>
      </div>
    );
  }
  if (!register || register.people.length === 0) {
    return (
      <div className="register-panel">
        <p className="hint">
          {body} har inget ledamotsregister.{' '}
          <button type="button" onClick={() => openRegister(body)}>
            Skapa ledamotsregister…
          </button>
        </p>
      </div>
    );
  }
  return <RegisterOffers draft={draft} register={register} editable={editable} />;
}

function RegisterOffers({
  draft,
  register,
  editable,
}: {
  draft: Protocol;
  register: Register;
  editable: boolean;
}) {
  // Without a group for serving ersättare (a förening's template) there is nobody to call in.
  const canCallIn = draft.attendance.groups.some((g) => g.kind === 'tjanstgorande-ersattare');
  const absent = useMemo(
    () => (canCallIn ? absentWithoutSubstitute(draft, register) : []),
    [draft, register, canCallIn],
  );
  const others = useMemo(() => notYetListed(draft, register), [draft, register]);
  const ended = useMemo(() => outOfTerm(draft, register), [draft, register]);
  const slips = useMemo(
    () => similarNames(draft.attendance.people, register),
    [draft.attendance.people, register],
  );
  const ledamoter = others.filter((r) => r.kind === 'ledamot');
  const list = useRef<HTMLUListElement>(null);
  const [focusFor, setFocusFor] = useState<string | null>(null);
  useEffect(() => onAbsenceMarked(setFocusFor), []);
  useEffect(() => {
    if (!focusFor) return;
    const button = list.current?.querySelector<HTMLButtonElement>(
      `[data-offer-for="${CSS.escape(focusFor)}"]`,
    );
    if (button) {
      button.focus();
      setFocusFor(null);
    }
  }, [focusFor, absent]);

  return (
    <section className="register-panel" aria-label="Från ledamotsregistret">
      <p>
        Ledamotsregistret för {register.body}:{' '}
        {register.people.filter((r) => r.kind === 'ledamot').length} ledamöter,{' '}
        {register.people.filter((r) => r.kind === 'ersattare').length} ersättare.{' '}
        <button type="button" onClick={() => openRegister(register.body)}>
          Öppna ledamotsregistret…
        </button>{' '}
        {editable && ledamoter.length > 0 && (
          <button
            type="button"
            onClick={() => updateDraft((d) => attendanceFromRegister(d, register))}
          >
            Fyll i ledamöterna ({ledamoter.length})
          </button>
        )}
      </p>
      {editable && absent.length > 0 && (
        <ul className="register-offers" ref={list} aria-label="Kalla in ersättare">
          {absent.map((member) => (
            <SubstituteOffer key={member.id} draft={draft} register={register} member={member} />
          ))}
        </ul>
      )}
      {ended.map(({ person, entry }) => (
        <p key={person.id} className="warning" role="status">
          {withParty(person)} finns med, men mandatperioden i registret{' '}
          {entry.termEnd && entry.termEnd < draft.meeting.date
            ? `slutade ${entry.termEnd}`
            : `börjar ${entry.termStart ?? ''}`}
          .
        </p>
      ))}
      {slips.map(({ person, entry }) => (
        <p key={person.id} className="warning" role="status">
          ”{person.name}” står inte i registret; menar du ”{entry.name}”?{' '}
          {editable && (
            <button
              type="button"
              onClick={() => updateDraft((d) => renamed(d, person.id, entry.name))}
            >
              Använd ”{entry.name}”
            </button>
          )}
        </p>
      ))}
      {editable && others.length > 0 && (
        <>
          <h3 className="register-others-heading">Övriga i registret ({others.length})</h3>
          <ul className="register-others" aria-label="Övriga i registret">
            {others.map((r) => (
              <li key={r.id}>
                <button type="button" onClick={() => updateDraft((d) => addFromRegister(d, r))}>
                  {/* The name read aloud is the text shown, with what the button does first. */}
                  <span aria-hidden="true">+ </span>
                  <span className="visually-hidden">Lägg till </span>
                  {withParty(r)}, {r.kind === 'ledamot' ? 'ledamot' : 'ersättare'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function renamed(p: Protocol, id: string, name: string): Protocol {
  const people = p.attendance.people.map((x) => (x.id === id ? { ...x, name } : x));
  return { ...p, attendance: { ...p.attendance, people } };
}

/** "Y (S) är frånvarande: [Kalla in X (S)]" with the other ersättare to choose from. */
function SubstituteOffer({
  draft,
  register,
  member,
}: {
  draft: Protocol;
  register: Register;
  member: Person;
}) {
  const offered = useMemo(() => substitutesFor(draft, register, member), [draft, register, member]);
  const [chosen, setChosen] = useState('');
  const first = offered[0];
  const callIn = (entry: RegisterPerson | undefined) => {
    if (!entry) return;
    updateDraft((d) => callInSubstitute(d, entry, member.id));
    returnFocusAfterCallIn();
  };
  return (
    <li>
      <span>{withParty(member)} är frånvarande.</span>
      {first ? (
        <>
          <button
            type="button"
            className="primary"
            data-offer-for={member.id}
            onClick={() => callIn(first)}
            title="Enter kallar in nästa ersättare i ordningen"
          >
            Kalla in {withParty(first)}
          </button>
          {offered.length > 1 && (
            <>
              <select
                aria-label={`Annan ersättare för ${member.name}`}
                value={chosen}
                onChange={(e) => setChosen(e.target.value)}
              >
                <option value="">Annan ersättare…</option>
                {offered.slice(1).map((r) => (
                  <option key={r.id} value={r.id}>
                    {withParty(r)}
                    {r.order ? ` (nr ${r.order})` : ''}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={!chosen}
                onClick={() => callIn(offered.find((r) => r.id === chosen))}
              >
                Kalla in vald
              </button>
            </>
          )}
        </>
      ) : (
        <span className="hint">Det finns ingen ledig ersättare i registret.</span>
      )}
    </li>
  );
}
