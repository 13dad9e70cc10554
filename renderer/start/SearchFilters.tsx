import { useId } from 'react';
import { STATUS_LABELS } from '../../shared/protocol/statusLabels';
import type { SearchFilter } from '../../shared/search/searchTypes';

const STATUS_OPTIONS = (
  Object.entries(STATUS_LABELS) as [NonNullable<SearchFilter['status']>, string][]
).map(([value, label]) => ({ value, label }));

interface Props {
  filter: SearchFilter;
  bodies: readonly string[];
  years: readonly string[];
  onChange(patch: Partial<SearchFilter>): void;
  /** Show "Endast beslut" (the register lists decisions only anyway). */
  decisionsToggle?: boolean;
}

/** Organ, år, status (and "Endast beslut") for the archive search and the Beslutsregister. */
export function SearchFilters({ filter, bodies, years, onChange, decisionsToggle }: Props) {
  const ids = { body: useId(), year: useId(), status: useId(), decisions: useId() };
  return (
    <div className="filters">
      <div className="field">
        <label htmlFor={ids.body}>Organ</label>
        <select
          id={ids.body}
          value={filter.body ?? ''}
          onChange={(e) => onChange({ body: e.target.value || undefined })}
        >
          <option value="">Alla organ</option>
          {bodies.map((b) => (
            <option key={b}>{b}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.year}>År</label>
        <select
          id={ids.year}
          value={filter.year ?? ''}
          onChange={(e) => onChange({ year: e.target.value || undefined })}
        >
          <option value="">Alla år</option>
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.status}>Status</label>
        <select
          id={ids.status}
          value={filter.status ?? ''}
          onChange={(e) =>
            onChange({ status: (e.target.value || undefined) as SearchFilter['status'] })
          }
        >
          <option value="">Alla</option>
          {STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {decisionsToggle && (
        <div className="field checkbox-field">
          <input
            id={ids.decisions}
            type="checkbox"
            checked={!!filter.onlyDecisions}
            onChange={(e) => onChange({ onlyDecisions: e.target.checked || undefined })}
          />
          <label htmlFor={ids.decisions}>Endast beslut</label>
        </div>
      )}
    </div>
  );
}
