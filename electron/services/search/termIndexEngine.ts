import SearchableMap from 'minisearch/SearchableMap';
import { decisionText } from '../../../shared/search/decisionText';
import type { ItemRecord } from '../../../shared/search/searchTypes';
import { indexTerms } from '../../../shared/search/swedishTerms';
import { bm25, inverseDocumentFrequency, prefixWeight } from './bm25';
import {
  appendPosting,
  emptyPostingList,
  liveCount,
  removePosting,
  type PostingList,
} from './postingList';
import type { SearchEngine } from './searchEngine';
import { topRanked } from './topRanked';

/**
 * A query term shorter than this is matched whole, not as a prefix: "be" would expand to every
 * word starting with it and walk most of the index while the secretary is still typing.
 */
const MIN_PREFIX = 3;

/**
 * Two fields, not one per part: a common word's postings are what a query walks. The title
 * counts three times as much as the rest.
 */
const FIELD_BOOST = [3, 1] as const;
const FIELDS = FIELD_BOOST.length;

function fieldTexts(record: ItemRecord): [string, string] {
  return [record.title, [record.title, record.dnr, decisionText(record), record.text].join('\n')];
}

/** For one term, its posting list in each field. */
type Postings = (PostingList | undefined)[];

/**
 * The archive's own inverted index: terms in a hash map and a radix tree (for prefixes),
 * postings per field, records numbered by slot. A query scores into flat arrays instead of allocating an object per
 * matching record, counts every match, and ranks only the first page (see docs/architecture.md).
 */
export function createTermIndexEngine(): SearchEngine {
  const index = new Map<string, Postings>();
  /** The same terms in a radix tree, for prefixes; a hash map is faster for whole words. */
  const byPrefix = new SearchableMap<Postings>();
  const slotOf = new Map<string, number>();
  /** Key by slot; undefined once removed (slots are not reused, so stale reads find nothing). */
  const keyOf: (string | undefined)[] = [];
  /** Distinct terms per field, by slot (BM25's field length, as MiniSearch counts it). */
  let fieldLength = [new Uint32Array(1024), new Uint32Array(1024)];
  const totalLength = [0, 0];
  let count = 0;
  // Scratch space of one query, sized to the slots; `epoch` marks what this query touched.
  let score = new Float64Array(1024);
  let termScore = new Float64Array(1024);
  let matched = new Uint8Array(1024);
  let epoch = new Uint32Array(1024);
  let queryEpoch = 0;
  /** The slots this query reached, then those that matched every term: no array per query. */
  let touched = new Int32Array(1024);
  let touchedCount = 0;

  function grow(slots: number): void {
    if (slots <= score.length) return;
    const size = Math.max(slots, score.length * 2);
    fieldLength = fieldLength.map((old) => {
      const lengths = new Uint32Array(size);
      lengths.set(old);
      return lengths;
    });
    score = new Float64Array(size);
    termScore = new Float64Array(size);
    matched = new Uint8Array(size);
    epoch = new Uint32Array(size);
    queryEpoch = 0;
    touched = new Int32Array(size);
  }

  function distinctTerms(record: ItemRecord): Map<string, number>[] {
    return fieldTexts(record).map((text) => {
      const counts = new Map<string, number>();
      for (const t of indexTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
      return counts;
    });
  }

  function add(record: ItemRecord): void {
    const old = slotOf.get(record.key);
    if (old !== undefined) {
      // Its old text is unknown here: the slot's postings stay behind and are skipped.
      for (let field = 0; field < FIELDS; field++) totalLength[field]! -= fieldLength[field]![old]!;
      keyOf[old] = undefined;
      count--;
    }
    const slot = keyOf.length;
    grow(slot + 1);
    keyOf.push(record.key);
    slotOf.set(record.key, slot);
    count++;
    distinctTerms(record).forEach((terms, field) => {
      fieldLength[field]![slot] = terms.size;
      totalLength[field]! += terms.size;
      for (const [term, frequency] of terms) {
        let postings = index.get(term);
        if (!postings) {
          postings = new Array<undefined>(FIELDS).fill(undefined);
          index.set(term, postings);
          byPrefix.set(term, postings);
        }
        // Slots only grow, so appending keeps the list in order.
        appendPosting((postings[field] ??= emptyPostingList()), slot, frequency);
      }
    });
  }

  function remove(record: ItemRecord): void {
    const slot = slotOf.get(record.key);
    if (slot === undefined) return;
    slotOf.delete(record.key);
    keyOf[slot] = undefined;
    count--;
    distinctTerms(record).forEach((terms, field) => {
      totalLength[field]! -= fieldLength[field]![slot]!;
      for (const term of terms.keys()) {
        const postings = index.get(term);
        const list = postings?.[field];
        if (!list) continue;
        removePosting(list, slot);
        if (liveCount(list) === 0) postings[field] = undefined;
        if (postings.every((p) => !p)) {
          index.delete(term);
          byPrefix.delete(term);
        }
      }
    });
  }

  /** Adds one query term's score to every record it reaches; `ordinal` counts the terms. */
  function scoreTerm(term: string, ordinal: number): void {
    // The word itself first, then longer words, in the order MiniSearch added them up.
    const exact = index.get(term);
    const expansions: [string, Postings][] = exact ? [[term, exact]] : [];
    if (term.length >= MIN_PREFIX) {
      for (const entry of byPrefix.atPrefix(term).entries())
        if (entry[0] !== term) expansions.push(entry);
    }
    for (const [indexTerm, postings] of expansions) {
      const weight = prefixWeight(indexTerm, term);
      for (let field = 0; field < FIELDS; field++) {
        const list = postings[field];
        if (!list) continue;
        const idf = inverseDocumentFrequency(liveCount(list), count);
        const average = totalLength[field]! / count;
        const lengths = fieldLength[field]!;
        const boost = weight * FIELD_BOOST[field]!;
        const pairs = list.pairs;
        for (let i = 0; i < pairs.length; i += 2) {
          const slot = pairs[i]!;
          const frequency = pairs[i + 1]!;
          if (frequency === 0) continue; // Removed.
          if (ordinal === 0 && epoch[slot] !== queryEpoch) {
            if (keyOf[slot] === undefined) continue; // Left over from a replaced record.
            epoch[slot] = queryEpoch;
            matched[slot] = 0;
            touched[touchedCount++] = slot;
          } else if (epoch[slot] !== queryEpoch) {
            continue; // Missed an earlier term: cannot match them all.
          }
          const s = boost * bm25(idf, frequency, lengths[slot]!, average);
          if (matched[slot] === ordinal) {
            matched[slot] = ordinal + 1;
            termScore[slot] = s;
          } else if (matched[slot] === ordinal + 1) {
            termScore[slot] = termScore[slot]! + s;
          }
        }
      }
    }
  }

  return {
    add(records) {
      for (const r of records) add(r);
    },
    remove(records) {
      for (const r of records) remove(r);
    },
    search(terms, query = {}) {
      if (terms.length === 0 || count === 0) return { total: 0, keys: [] };
      if (++queryEpoch > 0xffff_fff0) {
        epoch.fill(0);
        queryEpoch = 1;
      }
      touchedCount = 0;
      terms.forEach((term, ordinal) => {
        scoreTerm(term, ordinal);
        for (let i = 0; i < touchedCount; i++) {
          const slot = touched[i]!;
          if (matched[slot] !== ordinal + 1) continue;
          score[slot] = ordinal === 0 ? termScore[slot]! : score[slot]! + termScore[slot]!;
        }
      });
      // Keep, in place, the slots that matched every term and pass the filter.
      const { accept, limit = Infinity } = query;
      let found = 0;
      for (let i = 0; i < touchedCount; i++) {
        const slot = touched[i]!;
        if (matched[slot] === terms.length && (!accept || accept(keyOf[slot]!))) {
          touched[found++] = slot;
        }
      }
      const best = topRanked(touched.subarray(0, found), score, limit);
      return { total: found, keys: best.map((slot) => keyOf[slot]!) };
    },
  };
}
