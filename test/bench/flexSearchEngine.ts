import { Index } from 'flexsearch';
import type { SearchEngine } from '../../electron/services/search/searchEngine';
import { decisionText } from '../../shared/search/decisionText';
import { indexTerms } from '../../shared/search/swedishTerms';

/** Results fetched before the filter is applied (FlexSearch needs a limit). */
const FETCH = 100_000;

/**
 * FlexSearch behind the same interface as the app's MiniSearch engine, for the benchmark: the
 * same Swedish terms, "forward" tokenisation for prefix matches, one text per item.
 */
export function createFlexSearchEngine(): SearchEngine {
  const index = new Index({
    tokenize: 'forward',
    encode: (text: string) => indexTerms(text),
    resolution: 9,
    // Keeps a register of each id's entries so an update need not scan the index (more memory).
    fastupdate: true,
  });
  const ids = new Map<string, number>();
  const keys: string[] = [];
  return {
    add(records) {
      for (const r of records) {
        let id = ids.get(r.key);
        if (id === undefined) {
          id = keys.length;
          keys.push(r.key);
          ids.set(r.key, id);
        }
        index.add(id, [r.title, r.dnr, decisionText(r), r.text].join('\n'));
      }
    },
    remove(records) {
      for (const r of records) {
        const id = ids.get(r.key);
        if (id !== undefined) index.remove(id);
      }
    },
    search(terms, query = {}) {
      if (terms.length === 0) return { total: 0, keys: [] };
      const found = index.search(terms.join(' '), { limit: FETCH }) as number[];
      const all = found.map((id) => keys[id]!);
      const accepted = query.accept ? all.filter(query.accept) : all;
      return { total: accepted.length, keys: accepted.slice(0, query.limit) };
    },
  };
}
