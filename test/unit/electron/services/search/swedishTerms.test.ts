import { describe, expect, it } from 'vitest';
import { buildSnippet, markMatches } from '../../../../../shared/search/snippet';
import {
  indexTerms,
  queryTerms,
  stemWord,
  wordMatches,
} from '../../../../../shared/search/swedishTerms';
import { hostileStrings } from '../../../../generate/hostileText';

describe('Swedish terms', () => {
  it('meets inflected forms at one stem', () => {
    for (const form of ['beslut', 'beslutar', 'beslutade', 'besluten', 'beslutet', 'beslutets']) {
      expect(stemWord(form)).toBe('beslut');
    }
    expect(stemWord('nämnden')).toBe('nämnd');
    expect(stemWord('nämnder')).toBe('nämnd');
    // Short words keep their letters.
    expect(stemWord('att')).toBe('att');
    expect(stemWord('ska')).toBe('ska');
  });

  it('keeps å, ä and ö apart from a and o, and folds case and composition', () => {
    expect(indexTerms('ÅRSREDOVISNING Älvsbyn ÖVERKLAGAN')).toEqual([
      stemWord('årsredovisning'),
      stemWord('älvsbyn'),
      stemWord('överklagan'),
    ]);
    expect(queryTerms('a\u0308lvsbyn')).toEqual(queryTerms('älvsbyn'));
    expect(wordMatches('Älvsbyn', queryTerms('alvsbyn')[0]!)).toBe(false);
  });

  it('reads a query as at most 12 distinct terms of a bounded text', () => {
    expect(queryTerms('beslut Beslutade BESLUTEN')).toEqual(['beslut']);
    expect(queryTerms(Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' '))).toHaveLength(12);
    expect(queryTerms('  ;;; ')).toEqual([]);
  });
});

describe('snippets', () => {
  it('marks the matching words and keeps the text as it was', () => {
    const parts = markMatches('Nämnden beslutade att anta planen.', ['beslut']);
    expect(parts).toEqual([
      { text: 'Nämnden ' },
      { text: 'beslutade', mark: true },
      { text: ' att anta planen.' },
    ]);
  });

  it('shows the match even deep in a long text, never cut', () => {
    const text = `${'Lång bakgrund. '.repeat(500)}Till sist beslutade nämnden. ${'Slut. '.repeat(100)}`;
    const parts = buildSnippet([text], ['beslut']);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['beslutade']);
    expect(parts[0]).toEqual({ text: '…' });
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(400);
  });

  it('rebuilds the excerpt exactly from its parts for hostile text', () => {
    for (const text of hostileStrings(5, 40, 10_000)) {
      const parts = buildSnippet([text], queryTerms('beslut script'));
      const joined = parts.map((p) => p.text).join('');
      expect(joined.length).toBeLessThanOrEqual(400);
      for (const p of parts.filter((x) => x.mark)) expect(p.text).toMatch(/^[\p{L}\p{N}]+$/u);
    }
  });
});
