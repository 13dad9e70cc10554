import { useId } from 'react';
import type { Person } from '../../shared/protocol/attendance';
import type { ItemNumber } from '../../shared/protocol/numbering';
import type { Adjuster } from '../../shared/protocol/signatures';

interface Props {
  index: number;
  adjuster: Adjuster;
  present: Person[];
  numbers: ItemNumber[];
  /** As printed, e.g. "§ 46–55". */
  rangeText: string;
  onChange(patch: Partial<Adjuster>): void;
  onRemove(): void;
}

/** One justerare: who, and the first and last item they sign. */
export function AdjusterRow({
  index,
  adjuster: a,
  present,
  numbers,
  rangeText,
  onChange,
  onRemove,
}: Props) {
  const id = useId();
  const n = index + 1;
  return (
    <li className="adjuster-row">
      <div className="field">
        <label htmlFor={`${id}-person`}>Justerare {n}</label>
        <select
          id={`${id}-person`}
          value={a.personId}
          onChange={(e) => e.target.value && onChange({ personId: e.target.value })}
        >
          {present.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.party ? ` (${p.party})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Från</label>
        <select
          id={`${id}-from`}
          value={a.fromItemId ?? ''}
          onChange={(e) => onChange({ fromItemId: e.target.value || undefined })}
        >
          <option value="">Första ärendet</option>
          {numbers.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Till</label>
        <select
          id={`${id}-to`}
          value={a.toItemId ?? ''}
          onChange={(e) => onChange({ toItemId: e.target.value || undefined })}
        >
          <option value="">Sista ärendet</option>
          {numbers.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      <p className="adjuster-range">
        Signerar <output aria-label={`Paragrafer för justerare ${n}`}>{rangeText || '–'}</output>
      </p>
      <button type="button" className="danger" onClick={onRemove}>
        Ta bort justerare {n}
      </button>
    </li>
  );
}
