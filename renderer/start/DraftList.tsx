import { useId, useState } from 'react';
import type { DraftSummary } from '../../shared/ipc/contract';
import { openDraft } from '../core/draft/draftActions';
import { filterDrafts, filterOptions, type DraftFilter } from './filterDrafts';
import { VersionList } from './VersionList';
import { trashDraft } from './libraryActions';
import { STATUS_LABELS } from '../../shared/protocol/statusLabels';

/** "14 dec. 2020 14.02": when a draft last changed. */
function changedText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = d.toLocaleDateString('sv-SE', { day: 'numeric', month: 'short', year: 'numeric' });
  const time = d
    .toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' })
    .replace(':', '.');
  return `${day} ${time}`;
}

interface Props {
  drafts: DraftSummary[];
  loading: boolean;
  onChanged(): void;
}

/** The library, newest first, with text, body and year filters. */
export function DraftList({ drafts, loading, onChanged }: Props) {
  const [filter, setFilter] = useState<DraftFilter>({ text: '', body: '', year: '' });
  const [versionsOf, setVersionsOf] = useState<string | null>(null);
  const ids = { text: useId(), body: useId(), year: useId() };
  const options = filterOptions(drafts);
  const shown = filterDrafts(drafts, filter);
  const set = (patch: Partial<DraftFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <section className="panel" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Protokoll</h2>
      {/* Narrows this list by body, kind, date and §; the archive search above reads the text. */}
      <div className="filters" role="search" aria-label="Filtrera protokollen">
        <div className="field">
          <label htmlFor={ids.text}>Filtrera listan</label>
          <input
            id={ids.text}
            type="search"
            placeholder="Organ, datum eller §"
            value={filter.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.body}>Organ</label>
          <select id={ids.body} value={filter.body} onChange={(e) => set({ body: e.target.value })}>
            <option value="">Alla organ</option>
            {options.bodies.map((b) => (
              <option key={b}>{b}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.year}>År</label>
          <select id={ids.year} value={filter.year} onChange={(e) => set({ year: e.target.value })}>
            <option value="">Alla år</option>
            {options.years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </div>
      </div>
      {loading ? (
        <p>Hämtar protokoll…</p>
      ) : shown.length === 0 ? (
        <p className="hint">
          {drafts.length
            ? 'Inga protokoll matchar sökningen.'
            : 'Inga protokoll ännu. Skapa ett nytt till vänster.'}
        </p>
      ) : (
        <table className="draft-table">
          <thead>
            <tr>
              <th scope="col">Organ</th>
              <th scope="col">Datum</th>
              <th scope="col">Paragrafer</th>
              <th scope="col">Status</th>
              <th scope="col">Senast ändrat</th>
              <th scope="col">
                <span className="visually-hidden">Åtgärder</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <DraftRow
                key={d.id}
                draft={d}
                showVersions={versionsOf === d.id}
                onToggleVersions={() => setVersionsOf(versionsOf === d.id ? null : d.id)}
                onChanged={onChanged}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DraftRow(props: {
  draft: DraftSummary;
  showVersions: boolean;
  onToggleVersions(): void;
  onChanged(): void;
}) {
  const { draft: d } = props;
  const name = `${d.body || 'Namnlöst organ'} ${d.date}`.trim();
  return (
    <>
      <tr>
        <td>
          <button
            type="button"
            className="link-button draft-open"
            onClick={() => void openDraft(d.id)}
          >
            {d.body || 'Namnlöst organ'}
          </button>
          {/* The title is the document kind; worth showing only when it is not the usual one. */}
          {d.title && d.title !== 'Protokoll' && <div className="hint">{d.title}</div>}
        </td>
        <td className="nowrap">{d.date || '–'}</td>
        <td className="nowrap">{d.itemRange || '–'}</td>
        <td>{STATUS_LABELS[d.status]}</td>
        <td>{changedText(d.updatedAt)}</td>
        <td className="row-actions">
          <button
            type="button"
            aria-expanded={props.showVersions}
            onClick={props.onToggleVersions}
            aria-label={`Versioner av ${name}`}
          >
            Versioner
          </button>
          <button
            type="button"
            onClick={() => void trashDraft(d.id).then(props.onChanged)}
            aria-label={`Ta bort ${name} (till papperskorgen)`}
          >
            Ta bort
          </button>
        </td>
      </tr>
      {props.showVersions && (
        <tr>
          <td colSpan={6}>
            <VersionList draftId={d.id} onRestored={props.onChanged} />
          </td>
        </tr>
      )}
    </>
  );
}
