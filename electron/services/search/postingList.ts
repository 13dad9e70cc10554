/**
 * The records that have one term in one field: pairs (slot, how often), slots ascending. A flat
 * array, not a map: a few bytes an entry, and a query reads it in order. A removed record's
 * count is set to 0 (a tombstone) rather than spliced out, so saving a draft does not move the
 * long lists of common words; a list is compacted once half of it is tombstones.
 */
export interface PostingList {
  pairs: number[];
  /** Tombstones in `pairs`. */
  dead: number;
}

export function emptyPostingList(): PostingList {
  return { pairs: [], dead: 0 };
}

/** Records that still have the term. */
export function liveCount(list: PostingList): number {
  return list.pairs.length / 2 - list.dead;
}

/** Adds a slot higher than every slot in the list. */
export function appendPosting(list: PostingList, slot: number, frequency: number): void {
  list.pairs.push(slot, frequency);
}

/** Where `slot`'s pair is, or -1. */
function pairAt(pairs: readonly number[], slot: number): number {
  let lo = 0;
  let hi = pairs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = pairs[2 * mid]!;
    if (at === slot) return 2 * mid;
    if (at < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function removePosting(list: PostingList, slot: number): void {
  const at = pairAt(list.pairs, slot);
  if (at < 0 || list.pairs[at + 1] === 0) return;
  list.pairs[at + 1] = 0;
  list.dead++;
  if (2 * list.dead > list.pairs.length / 2) {
    list.pairs = list.pairs.filter((_, i, pairs) => pairs[i - (i % 2) + 1] !== 0);
    list.dead = 0;
  }
}
