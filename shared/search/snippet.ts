import type { SnippetPart } from './searchTypes';
import { wordMatches, wordsOf } from './swedishTerms';

/** Characters shown around the first match. */
const CONTEXT = 70;
/** Longest snippet, whatever the text. */
const MAX_SNIPPET = 2 * CONTEXT + 200;

/** Marks every matching word of a short text (a title); the text itself is never changed. */
export function markMatches(text: string, terms: readonly string[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const w of wordsOf(text)) {
    if (!terms.some((t) => wordMatches(w.word, t))) continue;
    if (w.start > at) parts.push({ text: text.slice(at, w.start) });
    parts.push({ text: w.word, mark: true });
    at = w.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The index of the first matching word, or -1. */
export function firstMatch(text: string, terms: readonly string[]): number {
  for (const w of wordsOf(text)) {
    if (terms.some((t) => wordMatches(w.word, t))) return w.start;
  }
  return -1;
}

/**
 * A short excerpt around the first match in the first text that has one (the texts in order of
 * preference), with the matching words marked; the start of the first non-empty text otherwise.
 */
export function buildSnippet(texts: readonly string[], terms: readonly string[]): SnippetPart[] {
  let text = texts.find((t) => t.trim() !== '') ?? '';
  let at = 0;
  for (const candidate of texts) {
    const found = firstMatch(candidate, terms);
    if (found >= 0) {
      text = candidate;
      at = found;
      break;
    }
  }
  const start = Math.max(0, at - CONTEXT);
  let end = Math.min(text.length, Math.max(at + CONTEXT, start + MAX_SNIPPET / 2));
  end = Math.min(end, start + MAX_SNIPPET);
  // Do not cut words in half at either end.
  const space = start > 0 ? text.indexOf(' ', start) : -1;
  const from = start === 0 ? 0 : space >= 0 && space < at ? space + 1 : start;
  const toSpace = end < text.length ? text.lastIndexOf(' ', end) : -1;
  const to = toSpace > at ? toSpace : end;
  const excerpt = text.slice(from, to).replace(/\s+/g, ' ');
  const parts = markMatches(excerpt, terms);
  if (from > 0) parts.unshift({ text: '…' });
  if (to < text.length) parts.push({ text: '…' });
  return parts;
}
