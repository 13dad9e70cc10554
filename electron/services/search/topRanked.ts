/**
 * The `limit` best of `candidates` (slot numbers), best first: higher score, then lower slot
 * (added earlier). A bounded heap, so a query matching most of the archive does not sort it all.
 */
export function topRanked(
  candidates: ArrayLike<number> & Iterable<number>,
  score: ArrayLike<number>,
  limit: number,
): number[] {
  /** Is a ranked below b? */
  const worse = (a: number, b: number): boolean =>
    score[a]! < score[b]! || (score[a] === score[b] && a > b);
  if (candidates.length <= limit) {
    return [...candidates].sort((a, b) => score[b]! - score[a]! || a - b);
  }
  if (limit <= 0) return [];
  // Min-heap of the best so far: its root is the worst of them.
  const heap: number[] = [];
  const down = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < candidates.length; i++) {
    const slot = candidates[i]!;
    if (heap.length < limit) {
      heap.push(slot);
      let i = heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (worse(heap[0]!, slot)) {
      heap[0] = slot;
      down(0);
    }
  }
  return heap.sort((a, b) => score[b]! - score[a]! || a - b);
}
