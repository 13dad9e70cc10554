import { useEffect, useId, useState } from 'react';
import type { DecisionList } from '../../shared/ipc/contract';
import type { SearchFilter } from '../../shared/search/searchTypes';
import { api, errorText, unwrap } from '../core/ipc/paragraf';
import { notices } from '../core/widgets/Notice';
import { openDraftAt } from '../core/draft/draftActions';
import { SearchFilters } from './SearchFilters';

/** Decisions shown on screen; the export always takes every decision of the filter. */
const SHOWN = 200;

type Format = 'xlsx' | 'csv' | 'pdf';
const FORMATS: { format: Format; label: string }[] = [
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'csv', label: 'CSV' },
  { format: 'pdf', label: 'PDF' },
];

/** Beslutsregister: every decision in the library, filtered, exported as a spreadsheet or PDF. */
export function DecisionRegister({ bodies, years }: { bodies: string[]; years: string[] }) {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<SearchFilter & { query?: string }>({});
  const [list, setList] = useState<DecisionList | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<Format | null>(null);
  const queryId = useId();
  const key = JSON.stringify(filter);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      const f = JSON.parse(key) as typeof filter;
      void unwrap(api().search.decisions({ ...f, limit: SHOWN }))
        .then((l) => live && (setList(l), setError('')))
        .catch((e: unknown) => live && setError(errorText(e)));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, key]);

  const exportAs = async (format: Format) => {
    setBusy(format);
    try {
      const receipt = await unwrap(api().search.exportDecisions({ ...filter, format }));
      if (receipt) notices.show(`Beslutsregistret är exporterat till ${receipt.path}.`);
    } catch (e) {
      notices.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="panel" aria-labelledby="register-heading">
      <h2 id="register-heading">Beslutsregister</h2>
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Dölj beslutsregistret' : 'Visa beslutsregistret'}
      </button>
      {open && (
        <>
          <div className="field">
            <label htmlFor={queryId}>Ord i ärendet</label>
            <input
              id={queryId}
              type="search"
              maxLength={200}
              value={filter.query ?? ''}
              onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value || undefined }))}
            />
          </div>
          <SearchFilters
            filter={filter}
            bodies={bodies}
            years={years}
            onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))}
          />
          <div className="row-actions register-export" role="group" aria-label="Exportera">
            {FORMATS.map(({ format, label }) => (
              <button
                key={format}
                type="button"
                disabled={busy !== null}
                onClick={() => void exportAs(format)}
              >
                {busy === format ? 'Exporterar…' : `Exportera ${label}`}
              </button>
            ))}
          </div>
          <p className="hint" role="status">
            {error ||
              (list &&
                (list.total === 0
                  ? 'Inga beslut matchar urvalet.'
                  : `${list.total} beslut${list.total > list.rows.length ? `, de ${list.rows.length} senaste visas (exporten tar med alla)` : ''}.`))}
          </p>
          {list && list.rows.length > 0 && (
            <table className="draft-table register-table">
              <thead>
                <tr>
                  <th scope="col">Organ</th>
                  <th scope="col">Datum</th>
                  <th scope="col">§</th>
                  <th scope="col">Ärende</th>
                  <th scope="col">Beslut</th>
                  <th scope="col">Dnr</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r) => (
                  <tr key={`${r.draftId}#${r.itemId}`}>
                    <td>{r.body}</td>
                    <td className="nowrap">{r.date || '–'}</td>
                    <td className="nowrap">{r.label}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void openDraftAt(r.draftId, r.itemId)}
                      >
                        {r.title || 'Ärende utan rubrik'}
                      </button>
                    </td>
                    <td>
                      {r.intro && <div>{r.intro}</div>}
                      <ul className="att-list">
                        {r.attSatser.map((a, i) => (
                          <li key={i}>{a.length > 600 ? `${a.slice(0, 600)}…` : a}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="nowrap">{r.dnr}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
