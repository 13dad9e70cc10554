/** How much a bounded cache may hold; the least recently used entries go first. */
export interface CacheLimits {
  maxBytes: number;
  maxEntries: number;
}

/** Values by key, each with the bytes it is counted as, within `CacheLimits`. */
export interface BoundedLru<T> {
  get(key: string): T | undefined;
  set(key: string, value: T, bytes: number): void;
  /** What is held, for tests and logs. */
  readonly size: { bytes: number; entries: number };
}

export function createBoundedLru<T>(limits: CacheLimits): BoundedLru<T> {
  // A Map iterates in insertion order; re-inserting on use makes the first entry the oldest.
  const entries = new Map<string, { value: T; bytes: number }>();
  let total = 0;

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    total -= entry.bytes;
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, bytes) {
      remove(key);
      // A value larger than the whole cache is not kept (and does not empty the cache).
      if (bytes > limits.maxBytes || limits.maxEntries < 1) return;
      while (entries.size >= limits.maxEntries || total + bytes > limits.maxBytes) {
        remove(entries.keys().next().value!);
      }
      entries.set(key, { value, bytes });
      total += bytes;
    },
    get size() {
      return { bytes: total, entries: entries.size };
    },
  };
}
