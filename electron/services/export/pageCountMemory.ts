/** Pages per part remembered at most; older entries are forgotten first. */
const MAX_ENTRIES = 400;

/** HTML characters of a document's body per printed page, before anything was learned. */
const DEFAULT_CHARS_PER_PAGE = 1500;

/** The body of a document's HTML, where its length says something about its pages. */
function bodyLength(html: string): number {
  return html.length - Math.max(0, html.indexOf('<body'));
}

/**
 * How many pages a printed part had: by the part's HTML hash (exact: the same HTML lays out the
 * same), by its place (the same document's first or second part, which an edit seldom moves
 * across a page), or estimated from its size with the last characters-per-page seen.
 */
export interface PageCountMemory {
  /** The pages a part is expected to have (at least 1), and whether this very part had them. */
  guess(key: string, place: string, html: string): { pages: number; exact: boolean };
  learn(key: string, place: string, html: string, pages: number): void;
}

export function createPageCountMemory(): PageCountMemory {
  const counts = new Map<string, number>();
  let charsPerPage = DEFAULT_CHARS_PER_PAGE;
  const remember = (key: string, pages: number) => {
    counts.delete(key);
    counts.set(key, pages);
    if (counts.size > MAX_ENTRIES) counts.delete(counts.keys().next().value!);
  };
  return {
    guess(key, place, html) {
      const exact = counts.get(key);
      const known = exact ?? counts.get(place);
      const pages = Math.max(1, known ?? Math.round(bodyLength(html) / charsPerPage));
      return { pages, exact: exact !== undefined };
    },
    learn(key, place, html, pages) {
      remember(key, pages);
      remember(place, pages);
      charsPerPage = bodyLength(html) / Math.max(1, pages);
    },
  };
}
