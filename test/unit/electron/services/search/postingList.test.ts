import { describe, expect, it } from 'vitest';
import {
  appendPosting,
  emptyPostingList,
  liveCount,
  removePosting,
} from '../../../../../electron/services/search/postingList';

describe('posting list', () => {
  it('marks a removed record and compacts once half of the list is removed', () => {
    const list = emptyPostingList();
    for (const slot of [1, 4, 6, 9]) appendPosting(list, slot, slot + 10);
    removePosting(list, 4);
    removePosting(list, 4); // Twice is once.
    removePosting(list, 5); // Never there.
    expect(liveCount(list)).toBe(3);
    expect(list.pairs).toEqual([1, 11, 4, 0, 6, 16, 9, 19]);
    removePosting(list, 9);
    expect(liveCount(list)).toBe(2);
    removePosting(list, 1);
    expect(list).toEqual({ pairs: [6, 16], dead: 0 });
    appendPosting(list, 12, 3);
    expect(list.pairs).toEqual([6, 16, 12, 3]);
  });
});
