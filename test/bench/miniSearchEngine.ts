import MiniSearch from 'minisearch';
import type { SearchEngine } from '../../electron/services/search/searchEngine';
import { decisionText } from '../../shared/search/decisionText';
import type { ItemRecord } from '../../shared/search/searchTypes';
import { indexTerms } from '../../shared/search/swedishTerms';

/** Terms shorter than this are matched whole, as in the app's engine. */
const MIN_PREFIX = 3;

/** MiniSearch configured as the app's engine: the same terms, fields and boosts. */
export function createMiniSearchIndex(): MiniSearch<ItemRecord> {
  return new MiniSearch<ItemRecord>({
    idField: 'key',
    fields: ['title', 'all'],
    storeFields: [],
    extractField: (record, field) =>
      field === 'all'
        ? [record.title, record.dnr, decisionText(record), record.text].join('\n')
        : String(record[field as keyof ItemRecord] ?? ''),
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
  });
}

/** Every match with its score, best first, as MiniSearch ranks it. */
export function miniSearchRanking(
  index: MiniSearch<ItemRecord>,
  terms: readonly string[],
  accept?: (key: string) => boolean,
): { key: string; score: number }[] {
  if (terms.length === 0) return [];
  return index
    .search(terms.join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      prefix: (term) => term.length >= MIN_PREFIX,
      combineWith: 'AND',
      boost: { title: 3 },
      ...(accept ? { filter: (result) => accept(String(result.id)) } : {}),
    })
    .map((r) => ({ key: String(r.id), score: r.score }));
}

/**
 * MiniSearch, the archive search's engine before its own term index, behind the same interface:
 * the benchmark's reference, and the ranking the term index is checked against.
 */
export function createMiniSearchEngine(): SearchEngine {
  const index = createMiniSearchIndex();
  return {
    add(records) {
      index.addAll(records);
    },
    remove(records) {
      for (const r of records) if (index.has(r.key)) index.discard(r.key);
    },
    search(terms, query = {}) {
      const all = miniSearchRanking(index, terms, query.accept);
      return { total: all.length, keys: all.slice(0, query.limit).map((r) => r.key) };
    },
  };
}
