import { createHash } from 'node:crypto';

/** How much a PDF cache may hold; the oldest-used entries go first. */
export interface PdfCacheLimits {
  maxBytes: number;
  maxEntries: number;
}

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
  // A Map iterates in insertion order; re-inserting on use makes the first entry the oldest.
  const entries = new Map<string, Uint8Array>();
  let bytes = 0;

  function evictOldest(): void {
    const [key, pdf] = entries.entries().next().value as [string, Uint8Array];
    entries.delete(key);
    bytes -= pdf.byteLength;
  }

  return {
    get(key) {
      const pdf = entries.get(key);
      if (!pdf) return undefined;
      entries.delete(key);
      entries.set(key, pdf);
      return pdf.slice();
    },
    set(key, pdf) {
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= old.byteLength;
      }
      // A PDF larger than the whole cache is not kept (and does not empty the cache).
      if (pdf.byteLength > limits.maxBytes || limits.maxEntries < 1) return;
      while (entries.size >= limits.maxEntries || bytes + pdf.byteLength > limits.maxBytes) {
        evictOldest();
      }
      entries.set(key, pdf.slice());
      bytes += pdf.byteLength;
    },
    get size() {
      return { bytes, entries: entries.size };
    },
  };
}
