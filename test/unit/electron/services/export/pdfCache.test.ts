import { describe, expect, it } from 'vitest';
import { createPdfCache, pdfCacheKey } from '../../../../../electron/services/export/pdfCache';
import { seededRandom } from '../../../../generate/random';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe('the PDF cache', () => {
  it('gives back what was stored under a key, and nothing under another', () => {
    const cache = createPdfCache({ maxBytes: 100, maxEntries: 4 });
    cache.set(pdfCacheKey('a'), bytes(10, 7));
    expect(cache.get(pdfCacheKey('a'))).toEqual(bytes(10, 7));
    expect(cache.get(pdfCacheKey('b'))).toBeUndefined();
  });

  it('keeps copies: changing what was given or got does not change the cache', () => {
    const cache = createPdfCache({ maxBytes: 100, maxEntries: 4 });
    const given = bytes(4, 1);
    cache.set('k', given);
    given.fill(9);
    cache.get('k')!.fill(8);
    expect(cache.get('k')).toEqual(bytes(4, 1));
  });

  it('never holds more bytes or entries than its limits, dropping the least recently used', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const limits = {
        maxBytes: Math.floor(random() * 500),
        maxEntries: Math.floor(random() * 6),
      };
      const cache = createPdfCache(limits);
      for (let i = 0; i < 100; i++) {
        const key = `k${Math.floor(random() * 10)}`;
        if (random() < 0.3) cache.get(key);
        else cache.set(key, bytes(Math.floor(random() * 200)));
        expect(cache.size.bytes).toBeLessThanOrEqual(limits.maxBytes);
        expect(cache.size.entries).toBeLessThanOrEqual(limits.maxEntries);
      }
    }
    const cache = createPdfCache({ maxBytes: 30, maxEntries: 3 });
    cache.set('old', bytes(10));
    cache.set('used', bytes(10));
    cache.set('new', bytes(10));
    cache.get('old');
    cache.set('newest', bytes(10));
    expect(cache.get('used')).toBeUndefined();
    expect(cache.get('old')).toBeDefined();
    // A PDF larger than the whole cache is not kept and does not empty it.
    cache.set('huge', bytes(31));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size.entries).toBe(3);
  });

  it('gives different inputs different keys, however they are split', () => {
    const keys = [
      pdfCacheKey('ab', 'c'),
      pdfCacheKey('a', 'bc'),
      pdfCacheKey('abc'),
      pdfCacheKey(new TextEncoder().encode('abc')),
      pdfCacheKey('abc', new Uint8Array()),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(pdfCacheKey('ab', 'c')).toBe(pdfCacheKey('ab', 'c'));
  });
});
