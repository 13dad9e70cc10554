/** Pages per part remembered at most; older entries are forgotten first. */
const MAX_ENTRIES = 400;

/**
 * How many pages a printed part had: by the part's HTML hash (exact: the same HTML lays out the
 * same pages), else by its place (the same document's first or second part, which an edit
 * seldom moves across a page break). Unknown for a document not printed in parts before.
 */
export interface PageCountMemory {
  guess(key: string, place: string): number | undefined;
  learn(key: string, place: string, pages: number): void;
}

export function createPageCountMemory(): PageCountMemory {
  const counts = new Map<string, number>();
  const remember = (key: string, pages: number) => {
    counts.delete(key);
    counts.set(key, pages);
    if (counts.size > MAX_ENTRIES) counts.delete(counts.keys().next().value!);
  };
  return {
    guess: (key, place) => counts.get(key) ?? counts.get(place),
    learn(key, place, pages) {
      remember(key, pages);
      remember(place, pages);
    },
  };
}
