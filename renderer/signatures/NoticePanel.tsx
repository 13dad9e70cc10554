import { suggestedNoticeDates } from '../../shared/protocol/noticeDates';
import type { Notice } from '../../shared/protocol/signatures';
import { updateDraft, useDraft } from '../core/state/draftStore';
import { DateField } from '../forms/DateField';
import { Field } from '../forms/Field';

function setNotice(patch: Partial<Notice>) {
  updateDraft((d) => ({ ...d, notice: { ...d.notice, ...patch } }));
}

/**
 * Anslagsbevis: when the justering was announced on the anslagstavla, until when, where the
 * protokoll is kept and who certifies it. Editable after justering, when the anslag is made.
 */
export function NoticePanel() {
  const notice = useDraft((d) => d.notice);
  const adjustmentDate = useDraft((d) => d.signatures.adjustmentDate) ?? '';
  if (!notice) return null;
  return (
    <section className="panel form-panel" aria-labelledby="notice-heading">
      <h2 id="notice-heading">Anslagsbevis</h2>
      <div className="form-grid">
        <div className="field">
          <span className="label">Datum för justering</span>
          <p>{adjustmentDate || 'Inte ifyllt'}</p>
        </div>
        <DateField
          label="Anslaget sätts upp"
          value={notice.postedDate}
          onValue={(postedDate) => setNotice({ postedDate })}
        />
        <DateField
          label="Anslaget tas ned"
          value={notice.removalDate}
          onValue={(removalDate) => setNotice({ removalDate })}
        />
        <Field
          className="wide"
          label="Förvaringsplats för protokollet"
          value={notice.storageLocation}
          onValue={(storageLocation) => setNotice({ storageLocation })}
          placeholder="t.ex. Kommunkansliet, Stadshuset"
        />
        <Field
          className="wide"
          label="Intygas av"
          value={notice.certifiedBy}
          onValue={(certifiedBy) => setNotice({ certifiedBy })}
          placeholder="Namn, titel"
        />
      </div>
      <button
        type="button"
        disabled={adjustmentDate === ''}
        onClick={() => setNotice(suggestedNoticeDates(adjustmentDate))}
      >
        Föreslå datum
      </button>
      <p className="hint">
        {adjustmentDate === ''
          ? 'Fyll i justeringsdatum först.'
          : 'Anslaget ska sättas upp senast andra dagen efter justeringen och sitta uppe i tre veckor (överklagandetiden).'}
      </p>
    </section>
  );
}
