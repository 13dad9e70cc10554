import type { ItemRecord } from '../../../shared/search/searchTypes';

/**
 * A full-text index over item records, behind a small interface so the engine can be swapped
 * (the benchmark runs MiniSearch and FlexSearch through it). The records themselves are kept by
 * the caller; an engine only knows their keys.
 */
export interface SearchEngine {
  add(records: readonly ItemRecord[]): void;
  remove(records: readonly ItemRecord[]): void;
  /**
   * Keys of the records that contain every term (each a stemmed word, also matched as the start
   * of longer words), best first, among those `accept` lets through (all without it).
   */
  search(terms: readonly string[], accept?: (key: string) => boolean): string[];
}

export type SearchEngineFactory = () => SearchEngine;
