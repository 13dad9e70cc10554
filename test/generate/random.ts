/** A small seeded generator (mulberry32) so generated protocols are identical run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an element with the given generator. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** n different consecutive elements from a random start, so a paragraph never repeats itself. */
export function pickDistinct<T>(random: () => number, list: readonly T[], n: number): T[] {
  const start = Math.floor(random() * list.length);
  return Array.from(
    { length: Math.min(n, list.length) },
    (_, k) => list[(start + k) % list.length]!,
  );
}
