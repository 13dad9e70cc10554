import type { AttendanceGroup, Person } from '../../shared/protocol/attendance';
import { useId, useMemo } from 'react';
import type { Adjuster, Signatures } from '../../shared/protocol/signatures';
import { itemRangeText, numberItems } from '../../shared/protocol/numbering';
import { draftStore, updateDraft, useDraft } from '../core/state/draftStore';
import { DateField } from '../forms/DateField';
import { Field } from '../forms/Field';
import { AdjusterRow } from './AdjusterRow';
import { JusteringPanel } from './JusteringPanel';

const NO_GROUPS: AttendanceGroup[] = [];
const NO_PEOPLE: Person[] = [];

function setSignatures(patch: Partial<Signatures>) {
  updateDraft((d) => ({ ...d, signatures: { ...d.signatures, ...patch } }));
}

function setAdjuster(index: number, patch: Partial<Adjuster>) {
  updateDraft((d) => ({
    ...d,
    signatures: {
      ...d.signatures,
      adjusters: d.signatures.adjusters.map((a, i) => (i === index ? { ...a, ...patch } : a)),
    },
  }));
}

/** Underskrifter: secretary, chair, adjusters with the items each signs, and the justering. */
export function SignaturesSection() {
  const signatures = useDraft((d) => d.signatures);
  const draftId = useDraft((d) => d.id);
  const people = useDraft((d) => d.attendance.people) ?? NO_PEOPLE;
  const groups = useDraft((d) => d.attendance.groups) ?? NO_GROUPS;
  const items = useDraft((d) => d.items);
  const numbering = useDraft((d) => d.meeting.numbering);
  const sign = useDraft((d) => d.labels.paragraphSign);
  const ids = { secretary: useId(), chair: useId() };
  const numbers = useMemo(
    () => (items && numbering ? numberItems(items, numbering, sign) : []),
    [items, numbering, sign],
  );
  const present = useMemo(() => {
    const absent = new Set(groups.filter((g) => g.kind === 'franvarande').map((g) => g.id));
    return people.filter((p) => !absent.has(p.groupId));
  }, [people, groups]);
  if (!signatures) return null;

  const personOptions = (
    <>
      <option value="">Välj person</option>
      {present.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
          {p.party ? ` (${p.party})` : ''}
        </option>
      ))}
    </>
  );
  const draft = draftStore.get();

  return (
    <section className="panel form-panel" aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">Underskrifter</h2>
      {present.length === 0 && <p className="hint">Lägg först till de närvarande under Närvaro.</p>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.secretary}>Sekreterare</label>
          <select
            id={ids.secretary}
            value={signatures.secretaryId ?? ''}
            onChange={(e) => setSignatures({ secretaryId: e.target.value || undefined })}
          >
            {personOptions}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.chair}>Ordförande</label>
          <select
            id={ids.chair}
            value={signatures.chairId ?? ''}
            onChange={(e) => setSignatures({ chairId: e.target.value || undefined })}
          >
            {personOptions}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>Justerare</legend>
        {signatures.adjusters.length === 0 && <p className="hint">Ingen justerare vald.</p>}
        <ol className="adjusters">
          {signatures.adjusters.map((a, i) => (
            <AdjusterRow
              key={i}
              index={i}
              adjuster={a}
              present={present}
              numbers={numbers}
              rangeText={draft ? itemRangeText(draft, a.fromItemId, a.toItemId) : ''}
              onChange={(patch) => setAdjuster(i, patch)}
              onRemove={() =>
                setSignatures({ adjusters: signatures.adjusters.filter((_, j) => j !== i) })
              }
            />
          ))}
        </ol>
        <button
          type="button"
          disabled={present.length === 0}
          onClick={() => {
            const taken = new Set(signatures.adjusters.map((a) => a.personId));
            const next =
              present.find(
                (p) =>
                  !taken.has(p.id) &&
                  p.id !== signatures.chairId &&
                  p.id !== signatures.secretaryId,
              ) ?? present[0];
            if (next)
              setSignatures({ adjusters: [...signatures.adjusters, { personId: next.id }] });
          }}
        >
          Lägg till justerare
        </button>
      </fieldset>
      <fieldset className="form-grid">
        <legend>Justering</legend>
        <DateField
          label="Justeringsdatum"
          value={signatures.adjustmentDate}
          onValue={(adjustmentDate) => setSignatures({ adjustmentDate })}
          problemAt={
            draftId
              ? { draftId, location: { kind: 'signature', field: 'adjustmentDate' } }
              : undefined
          }
        />
        <Field
          className="wide"
          label="Justeringsplats"
          value={signatures.adjustmentPlace}
          onValue={(adjustmentPlace) => setSignatures({ adjustmentPlace })}
          placeholder="t.ex. Digitalt"
        />
      </fieldset>
      <JusteringPanel />
    </section>
  );
}
