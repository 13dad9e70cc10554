import { useEffect, useState } from 'react';
import type { DraftSummary } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/protocol/meeting';
import { api, unwrap } from '../core/ipc/paragraf';
import { updateDraft, useDraft } from '../core/state/draftStore';
import { DateField, TimeField } from '../forms/DateField';
import { Field, SelectField } from '../forms/Field';
import { suggestFirstNumber } from './suggestFirstNumber';

function setMeeting(patch: Partial<Meeting>) {
  updateDraft((d) => ({ ...d, meeting: { ...d.meeting, ...patch } }));
}

/** Mötesuppgifter: body, date, time, place, dnr and numbering. */
export function MeetingDetails() {
  const meeting = useDraft((d) => d.meeting);
  const id = useDraft((d) => d.id);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  useEffect(() => {
    // The suggestion is a convenience: without the list the field simply has no hint.
    unwrap(api().drafts.list()).then(setDrafts, () => setDrafts([]));
  }, []);
  if (!meeting) return null;
  const suggestion = suggestFirstNumber(drafts, { id, body: meeting.body, date: meeting.date });
  const numbering = meeting.numbering;

  return (
    <section className="panel form-panel" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">Mötesuppgifter</h2>
      <div className="form-grid">
        <Field
          className="wide"
          label="Organ"
          value={meeting.body}
          onValue={(body) => setMeeting({ body })}
          placeholder="t.ex. Kommunstyrelsen"
        />
        <Field
          label="Dokumenttyp"
          value={meeting.documentKind}
          onValue={(documentKind) => documentKind && setMeeting({ documentKind })}
        />
        <DateField
          label="Sammanträdesdatum"
          value={meeting.date}
          onValue={(date) => setMeeting({ date })}
          problemAt={id ? { draftId: id, location: { kind: 'meeting', field: 'date' } } : undefined}
        />
        <TimeField
          label="Starttid"
          value={meeting.startTime}
          onValue={(startTime) => setMeeting({ startTime })}
          problemAt={
            id ? { draftId: id, location: { kind: 'meeting', field: 'startTime' } } : undefined
          }
        />
        <TimeField
          label="Sluttid"
          value={meeting.endTime}
          onValue={(endTime) => setMeeting({ endTime })}
          problemAt={
            id ? { draftId: id, location: { kind: 'meeting', field: 'endTime' } } : undefined
          }
        />
        <Field
          className="wide"
          label="Plats"
          value={meeting.place}
          onValue={(place) => setMeeting({ place })}
          placeholder="t.ex. Sammanträdesrum Luleälven eller Digitalt via Teams"
        />
        <Field label="Diarienummer" value={meeting.dnr} onValue={(dnr) => setMeeting({ dnr })} />
        <Field
          label="Antal ledamöter"
          type="number"
          min={1}
          value={meeting.memberCount ? String(meeting.memberCount) : ''}
          onValue={(v) =>
            setMeeting({ memberCount: Number(v) >= 1 ? Math.floor(Number(v)) : undefined })
          }
          placeholder={
            meeting.registerMemberCount ? String(meeting.registerMemberCount) : undefined
          }
          hint={
            meeting.registerMemberCount
              ? `Ledamotsregistret har ${meeting.registerMemberCount} ledamöter; skriv ett annat antal bara om det gäller just detta sammanträde.`
              : 'Behövs för kontrollen av beslutsförhet.'
          }
        />
        <label className="check wide">
          <input
            type="checkbox"
            checked={meeting.participationAppendix}
            onChange={(e) => setMeeting({ participationAppendix: e.target.checked })}
          />
          Skriv ut närvaro- och omröstningsbilaga (vem som tjänstgjorde och röstade per paragraf)
        </label>
      </div>
      <fieldset className="form-grid">
        <legend>Numrering av ärenden</legend>
        <SelectField
          label="Numreringsstil"
          value={numbering.style}
          onValue={(style) =>
            setMeeting({
              numbering: { ...numbering, style: style === 'plain' ? 'plain' : 'paragraph' },
            })
          }
          options={[
            { value: 'paragraph', label: '§ 46, § 47 …' },
            { value: 'plain', label: '1., 2. …' },
          ]}
        />
        <Field
          label="Första nummer"
          type="number"
          min={1}
          value={String(numbering.firstNumber)}
          onValue={(v) => {
            const n = Math.floor(Number(v));
            if (n >= 1 && n <= 100_000) setMeeting({ numbering: { ...numbering, firstNumber: n } });
          }}
          hint={
            suggestion && suggestion.number !== numbering.firstNumber ? (
              <>
                Förra protokollet för {suggestion.previous.body} ({suggestion.previous.date})
                slutade på {suggestion.previous.itemRange}.{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setMeeting({ numbering: { ...numbering, firstNumber: suggestion.number } })
                  }
                >
                  Börja på {suggestion.number}
                </button>
              </>
            ) : undefined
          }
        />
      </fieldset>
    </section>
  );
}
