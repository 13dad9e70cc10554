import { describe, expect, it } from 'vitest';
import { createPrintedPartCache } from '../../../../../electron/services/export/printedPartCache';
import type { PartShape } from '../../../../../electron/services/export/printedParts/printedPart';

/** A stand-in part: the cache only keeps and returns it. */
const part = (name: string) => ({ name }) as unknown as PartShape;

describe('the cache of printed parts', () => {
  it('gives back a part by the exact key it was printed under', () => {
    const cache = createPrintedPartCache(1000);
    const a = part('a');
    cache.set('html-a', a, 100);
    expect(cache.get('html-a')).toBe(a);
    expect(cache.get('html-b')).toBeUndefined();
  });

  it('forgets the least recently used parts once their bytes exceed the bound', () => {
    const cache = createPrintedPartCache(1000);
    cache.set('a', part('a'), 400);
    cache.set('b', part('b'), 400);
    expect(cache.get('a')).toBeDefined(); // a is now the most recently used
    cache.set('c', part('c'), 400);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('counts a replaced part once and keeps nothing larger than the bound', () => {
    const cache = createPrintedPartCache(1000);
    cache.set('a', part('a1'), 600);
    cache.set('a', part('a2'), 600);
    cache.set('b', part('b'), 300);
    expect((cache.get('a') as unknown as { name: string }).name).toBe('a2');
    expect(cache.get('b')).toBeDefined();
    cache.set('huge', part('huge'), 2000);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
  });
});
