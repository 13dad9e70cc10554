import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchFilter, SearchHit } from '../../shared/search/searchTypes';
import { openDraftAt } from '../core/draft/draftActions';
import { SearchFilters } from './SearchFilters';
import { SnippetText } from './SnippetText';
import { useArchiveSearch } from './useArchiveSearch';

/** Shortest input searched: one letter would match most of the archive. */
const MIN_QUERY = 2;

/**
 * "Sök i alla protokoll": every item of every protokoll, found as you type. A combobox: ↓/↑
 * move through the results, Enter opens the protokoll at the item, Esc clears.
 */
export function ArchiveSearch({ focusSignal }: { focusSignal: number }) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SearchFilter>({});
  const [activeChoice, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), list: useId(), status: useId() };
  const typed = query.trim().length >= MIN_QUERY;
  const { answer, searching, error } = useArchiveSearch({ query: typed ? query : '', ...filter });
  const hits = typed ? (answer?.hits ?? []) : [];
  const active = activeChoice < hits.length ? activeChoice : -1;

  useEffect(() => {
    if (focusSignal > 0) input.current?.focus();
  }, [focusSignal]);
  useEffect(() => {
    if (active >= 0) {
      document.getElementById(`${ids.list}-${active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }, [active, ids.list]);

  const open = (hit: SearchHit | undefined) => {
    if (hit) void openDraftAt(hit.draftId, hit.itemId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(hits[Math.max(0, active)]);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  const status = !typed
    ? ''
    : searching && !answer
      ? 'Söker…'
      : answer && answer.total === 0
        ? 'Inga träffar.'
        : answer
          ? `${answer.total} ${answer.total === 1 ? 'träff' : 'träffar'}${
              answer.total > hits.length ? `, de ${hits.length} bästa visas` : ''
            }.`
          : '';

  return (
    <section className="panel archive-search" aria-labelledby="archive-search-heading">
      <h2 id="archive-search-heading">Sök i arkivet</h2>
      <div className="field">
        <label htmlFor={ids.input}>Sök i alla protokoll</label>
        <input
          ref={input}
          id={ids.input}
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-describedby={ids.status}
          aria-activedescendant={active >= 0 ? `${ids.list}-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          placeholder="T.ex. förskola, detaljplan, KS 2021/42"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <SearchFilters
        filter={filter}
        bodies={answer?.bodies ?? []}
        years={answer?.years ?? []}
        onChange={(patch) => {
          setFilter((f) => ({ ...f, ...patch }));
          setActive(-1);
        }}
        decisionsToggle
      />
      <p id={ids.status} className="hint" role="status">
        {error || status}
      </p>
      <ul id={ids.list} role="listbox" aria-label="Träffar" className="search-hits">
        {hits.map((hit, i) => (
          // The keys are the combobox's (aria-activedescendant): options never take the focus.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={`${hit.draftId}#${hit.itemId}`}
            id={`${ids.list}-${i}`}
            role="option"
            aria-selected={i === active}
            className="search-hit"
            data-hit={`${hit.draftId}#${hit.itemId}`}
            onMouseEnter={() => setActive(i)}
            onClick={() => open(hit)}
          >
            <div className="search-hit-where">
              <span>{hit.body || 'Namnlöst organ'}</span>
              <span>{hit.date || 'utan datum'}</span>
              <span className="search-hit-label">{hit.label}</span>
              {hit.status === 'utkast' && <span className="search-hit-status">Utkast</span>}
            </div>
            <div className="search-hit-title">
              {hit.title ? <SnippetText parts={hit.titleParts} /> : 'Ärende utan rubrik'}
            </div>
            <div className="search-hit-snippet">
              <SnippetText parts={hit.snippet} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
