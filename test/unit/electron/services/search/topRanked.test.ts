import { describe, expect, it } from 'vitest';
import { topRanked } from '../../../../../electron/services/search/topRanked';

/** What a full sort gives: higher score first, then the lower slot. */
function fullSort(candidates: number[], score: number[]): number[] {
  return [...candidates].sort((a, b) => score[b]! - score[a]! || a - b);
}

describe('topRanked', () => {
  it('gives the first `limit` of a full sort, ties by slot, for every limit', () => {
    // Few distinct scores, so most of them tie.
    const score = Array.from({ length: 300 }, (_, i) => (i * 7919) % 13);
    const candidates = Array.from({ length: 300 }, (_, i) => (i * 37) % 300);
    const sorted = fullSort(candidates, score);
    for (const limit of [0, 1, 2, 5, 50, 299, 300, 1000]) {
      expect(topRanked(candidates, score, limit), `limit ${limit}`).toEqual(sorted.slice(0, limit));
    }
  });

  it('ranks only the candidates given', () => {
    expect(topRanked([4, 1], [9, 8, 7, 6, 5], 5)).toEqual([1, 4]);
    expect(topRanked([], [1], 3)).toEqual([]);
  });
});
