import { createHash } from 'node:crypto';
import { createBoundedLru, type CacheLimits } from './boundedLru';

/** How much a PDF cache may hold; the oldest-used entries go first. */
export type PdfCacheLimits = CacheLimits;

/** Enough for the last few full exports of a large protokoll (one of 170 pages is about 1 MB). */
export const DEFAULT_PDF_CACHE_LIMITS: PdfCacheLimits = {
  maxBytes: 48 * 1024 * 1024,
  maxEntries: 12,
};

/**
 * A cache of PDF bytes keyed by a hash of everything that makes them (the final HTML and the
 * options), so an unchanged document is not printed again. It keeps copies: a caller may change
 * what it got or gave without touching the cache.
 */
export interface PdfCache {
  get(key: string): Uint8Array | undefined;
  set(key: string, pdf: Uint8Array): void;
  /** Bytes held, for tests and logs. */
  readonly size: { bytes: number; entries: number };
}

/** The key of a PDF made from these inputs, in order: a SHA-256 over each with its length. */
export function pdfCacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    // The length first, so ("ab", "c") and ("a", "bc") never share a key.
    hash.update(`${typeof part === 'string' ? 's' : 'b'}${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

export function createPdfCache(limits: PdfCacheLimits = DEFAULT_PDF_CACHE_LIMITS): PdfCache {
  const entries = createBoundedLru<Uint8Array>(limits);
  return {
    get: (key) => entries.get(key)?.slice(),
    set: (key, pdf) => entries.set(key, pdf.slice(), pdf.byteLength),
    get size() {
      return entries.size;
    },
  };
}
