import type { ItemRecord } from '../../../shared/search/searchTypes';

export interface EngineQuery {
  /** Only records whose key this lets through (all without it). */
  accept?: (key: string) => boolean;
  /** Most keys returned; the count of all matches is returned beside them. */
  limit?: number;
}

export interface RankedKeys {
  /** Every record that matched and was accepted. */
  total: number;
  /** The best of them, best first, at most `limit`. */
  keys: string[];
}

/**
 * A full-text index over item records, behind a small interface so the engine can be swapped
 * (the benchmark runs others through it). The records themselves are kept by the caller; an
 * engine only knows their keys.
 */
export interface SearchEngine {
  add(records: readonly ItemRecord[]): void;
  /** Records added before, with the same content. */
  remove(records: readonly ItemRecord[]): void;
  /**
   * The records that contain every term (each a stemmed word, also matched as the start of
   * longer words when it has at least three letters).
   */
  search(terms: readonly string[], query?: EngineQuery): RankedKeys;
}

export type SearchEngineFactory = () => SearchEngine;
