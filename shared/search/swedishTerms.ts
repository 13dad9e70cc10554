/**
 * Swedish-aware terms for the archive search: lower case in the Swedish locale, å/ä/ö kept
 * distinct from a/o (they are different letters in Swedish), and a light suffix stripping so
 * "beslutar", "beslutade" and "besluten" all meet "beslut". Prefix matching on top of this finds
 * compound words by their start ("bygg" finds "byggnadsnämnden").
 */

/** Letters and digits; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Endings stripped, longest first; a stem keeps at least MIN_STEM letters. */
const SUFFIXES = [
  'heterna',
  'hetens',
  'arnas',
  'ernas',
  'ornas',
  'heten',
  'heter',
  'andet',
  'andes',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'aste',
  'ades',
  'ade',
  'are',
  'ast',
  'het',
  'ens',
  'ets',
  'ad',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'es',
  'at',
  'a',
  'e',
  's',
] as const;
const MIN_STEM = 4;

/** Combining marks: "a" + "¨" is composed to "ä" before anything else. */
const COMBINING = /[\u0300-\u036f]/;

/**
 * Lower case and composed. Swedish has no special casing, so the locale-free toLowerCase gives
 * the Swedish result (and is many times faster than toLocaleLowerCase on a whole archive).
 */
export function normalizeText(text: string): string {
  return (COMBINING.test(text) ? text.normalize('NFC') : text).toLowerCase();
}

/** Stems already worked out; an archive's vocabulary is small. */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

function computeStem(word: string): string {
  if (!/^\p{L}+$/u.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}

/** The light stem of one lower-case word. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = computeStem(word);
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** The words of a text, each with where it starts, in the original text. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The index terms of a text: normalised, stemmed words. */
export function indexTerms(text: string): string[] {
  return (normalizeText(text).match(WORD) ?? []).map(stemWord);
}

/** Longest query accepted; longer input is cut (a search box, not a document). */
export const MAX_QUERY_LENGTH = 200;

/** The distinct stemmed terms of what was typed; at most 12 words. */
export function queryTerms(query: string): string[] {
  const terms = indexTerms(query.slice(0, MAX_QUERY_LENGTH)).filter((t) => t.length > 0);
  return [...new Set(terms)].slice(0, 12);
}

/** Does a word of a text match a query term (its stem starts with the term)? */
export function wordMatches(word: string, term: string): boolean {
  return stemWord(normalizeText(word)).startsWith(term) || normalizeText(word).startsWith(term);
}
