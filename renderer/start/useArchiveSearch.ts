import { useEffect, useRef, useState } from 'react';
import type { SearchAnswer, SearchRequest } from '../../shared/search/searchTypes';
import { api, errorText, unwrap } from '../core/ipc/paragraf';

/**
 * Time after the last keystroke before a search is sent: shorter than the gap between two
 * keystrokes of someone typing, so results follow the typing; a query costs a few ms
 * (docs/architecture.md, "The search index"), and answers to older input are dropped.
 */
export const SEARCH_DEBOUNCE_MS = 60;

export interface ArchiveSearchState {
  answer: SearchAnswer | null;
  /** A search for the current input is on its way. */
  searching: boolean;
  error: string;
}

/**
 * The archive search for what is typed, debounced; an answer to an older input that arrives
 * late is dropped, so the list always shows the newest input's results.
 */
export function useArchiveSearch(request: SearchRequest): ArchiveSearchState {
  const [state, setState] = useState<{
    answer: SearchAnswer | null;
    forKey: string;
    error: string;
  }>({ answer: null, forKey: '', error: '' });
  const latest = useRef(0);
  const key = JSON.stringify(request);
  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      void unwrap(api().search.query(JSON.parse(key) as SearchRequest))
        .then((answer) => {
          if (ticket === latest.current) setState({ answer, forKey: key, error: '' });
        })
        .catch((e: unknown) => {
          if (ticket === latest.current) {
            setState((s) => ({ ...s, forKey: key, error: errorText(e) }));
          }
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return { answer: state.answer, searching: state.forKey !== key, error: state.error };
}
