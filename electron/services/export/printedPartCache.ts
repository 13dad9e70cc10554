import { createBoundedLru } from './boundedLru';
import type { PartShape } from './printedParts/printedPart';

/**
 * Printed bytes kept at most. A part read for joining takes about three times its bytes in
 * memory (a string and an object per PDF object: 150 items print to 1.5 MB in 8 600 objects), so
 * this keeps the cache near 50 MB, the parts of about ten long protokoll.
 */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Printed parts of documents, read for joining, by the hash of the exact HTML printed (its page
 * numbers included). A part whose content and numbers did not change since it was printed is
 * joined again as it is; the least recently used go first once the bytes exceed the bound.
 */
export interface PrintedPartCache {
  get(key: string): PartShape | undefined;
  set(key: string, part: PartShape, bytes: number): void;
}

export function createPrintedPartCache(maxBytes = MAX_BYTES): PrintedPartCache {
  return createBoundedLru<PartShape>({ maxBytes, maxEntries: Number.POSITIVE_INFINITY });
}
