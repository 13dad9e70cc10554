import MiniSearch from 'minisearch';
import { decisionText } from '../../../shared/search/decisionText';
import type { ItemRecord } from '../../../shared/search/searchTypes';
import { indexTerms } from '../../../shared/search/swedishTerms';
import type { SearchEngine } from './searchEngine';

/**
 * A query term shorter than this is matched whole, not as a prefix: "be" would expand to every
 * word starting with it and walk most of the index while the secretary is still typing.
 */
const MIN_PREFIX = 3;

/** MiniSearch (pure JS, no native module), with the Swedish terms of shared/search. */
export function createMiniSearchEngine(): SearchEngine {
  const index = new MiniSearch<ItemRecord>({
    idField: 'key',
    // Two fields, not one per part: a common word's posting lists are what a query walks, and
    // the benchmark showed each extra field costing about as much as the whole search.
    fields: ['title', 'all'],
    storeFields: [],
    extractField: (record, field) =>
      field === 'all'
        ? [record.title, record.dnr, decisionText(record), record.text].join('\n')
        : String(record[field as keyof ItemRecord] ?? ''),
    // Stemmed once here; query terms arrive already stemmed (see search below).
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
  });
  return {
    add(records) {
      index.addAll(records);
    },
    remove(records) {
      for (const r of records) if (index.has(r.key)) index.discard(r.key);
    },
    search(terms, accept) {
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
        .map((r) => String(r.id));
    },
  };
}
