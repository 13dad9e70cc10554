import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Protocol } from '../../../shared/protocol/protocol';
import { decisionText } from '../../../shared/search/decisionText';
import { itemRecordsOf } from '../../../shared/search/itemRecords';
import {
  filterOptionsOf,
  matchesFilter,
  sortByDateDesc,
} from '../../../shared/search/recordFilter';
import type {
  DecisionRow,
  ItemRecord,
  SearchAnswer,
  SearchFilter,
  SearchRequest,
} from '../../../shared/search/searchTypes';
import { buildSnippet, markMatches } from '../../../shared/search/snippet';
import { queryTerms } from '../../../shared/search/swedishTerms';
import { DRAFT_EXT, libraryPaths } from '../drafts/draftPaths';
import { readProtocolFile } from '../files/readProtocolFile';
import { nodeFs } from '../files/fsLayer';
import { INDEX_CACHE_FILE, readIndexCache, writeIndexCache, type CachedDraft } from './indexCache';
import type { SearchEngine, SearchEngineFactory } from './searchEngine';
import { createTermIndexEngine } from './termIndexEngine';

export interface SearchServiceOptions {
  /** The drafts library folder (the same root as the drafts library). */
  root: string;
  engine?: SearchEngineFactory;
  /** How long after the last change the cache file is written. */
  persistDelayMs?: number;
  log?: (message: string) => void;
}

export interface DecisionQuery extends SearchFilter {
  /** Only decisions whose item matches this text. */
  query?: string;
}

export interface SearchService {
  /** Reads the cache and brings it up to date with the files (by size and mtime). */
  open(): Promise<void>;
  search(request: SearchRequest): Promise<SearchAnswer>;
  /** Every decision that passes the filter, newest meeting first. */
  decisions(query: DecisionQuery): Promise<DecisionRow[]>;
  /** A draft was saved (its protokoll) or left the library (null). Never rejects. */
  update(draftId: string, protocol: Protocol | null): Promise<void>;
  /** Writes the cache file now if it changed. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_LIMIT = 50;
/** Records indexed between two turns of the event loop while the index is built. */
const YIELD_EVERY = 2000;

/**
 * The archive search over every protokoll in the library: item records kept in memory, a
 * full-text engine over them, and a cache file so the next start need not read every file.
 */
export function createSearchService(options: SearchServiceOptions): SearchService {
  const paths = libraryPaths(options.root);
  const cacheFile = join(paths.root, INDEX_CACHE_FILE);
  const log = options.log ?? (() => undefined);
  // Long: every change is in memory at once; the cache only spares reading files at the next
  // start, and a file saved since the last write is simply read again then (its mtime differs).
  const persistDelay = options.persistDelayMs ?? 60_000;
  const drafts = new Map<string, CachedDraft>();
  const records = new Map<string, ItemRecord>();
  let engine: SearchEngine = (options.engine ?? createTermIndexEngine)();
  let opened: Promise<void> | undefined;
  let dirty = false;
  let timer: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** The filters' bodies and years, worked out again only after a change. */
  let filterOptions: ReturnType<typeof filterOptionsOf> | undefined;

  /** One change at a time, in order. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function put(id: string, entry: CachedDraft | null): void {
    const old = drafts.get(id);
    if (old) {
      engine.remove(old.records);
      for (const r of old.records) records.delete(r.key);
      drafts.delete(id);
    }
    if (entry) {
      drafts.set(id, entry);
      for (const r of entry.records) records.set(r.key, r);
      engine.add(entry.records);
    }
    dirty = true;
    filterOptions = undefined;
  }

  function schedulePersist(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void serial(flush), persistDelay);
    timer.unref?.();
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    await writeIndexCache(cacheFile, drafts).catch((e: unknown) => {
      dirty = true;
      log(`search index cache could not be written: ${String(e)}`);
    });
  }

  async function readRecords(id: string): Promise<CachedDraft | null> {
    const file = join(paths.drafts, `${id}${DRAFT_EXT}`);
    try {
      const st = await stat(file);
      const r = await readProtocolFile(file, nodeFs);
      if (!r.ok) {
        log(`search skips damaged draft ${id}: ${r.error.en}`);
        return { size: st.size, mtimeMs: st.mtimeMs, records: [] };
      }
      return { size: st.size, mtimeMs: st.mtimeMs, records: itemRecordsOf(r.value) };
    } catch {
      return null;
    }
  }

  async function build(): Promise<void> {
    const cached = await readIndexCache(cacheFile, log);
    let names: string[] = [];
    try {
      names = await readdir(paths.drafts);
    } catch {
      // No library yet: an empty index.
    }
    const fresh = new Map<string, CachedDraft>();
    let reread = 0;
    for (const name of names) {
      if (!name.endsWith(DRAFT_EXT)) continue;
      const id = name.slice(0, -DRAFT_EXT.length);
      const st = await stat(join(paths.drafts, name)).catch(() => null);
      if (!st?.isFile()) continue;
      const hit = cached.get(id);
      if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) {
        fresh.set(id, hit);
        continue;
      }
      const entry = await readRecords(id);
      reread++;
      if (entry) fresh.set(id, entry);
    }
    engine = (options.engine ?? createTermIndexEngine)();
    drafts.clear();
    records.clear();
    filterOptions = undefined;
    let sinceYield = 0;
    for (const [id, entry] of fresh) {
      drafts.set(id, entry);
      for (const r of entry.records) records.set(r.key, r);
      engine.add(entry.records);
      // Indexing a large archive takes seconds: let IPC and saves through meanwhile.
      if ((sinceYield += entry.records.length) >= YIELD_EVERY) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    dirty = reread > 0 || fresh.size !== cached.size;
    if (reread > 0) log(`search index: ${reread} of ${fresh.size} drafts read from their files`);
    await flush();
  }

  function open(): Promise<void> {
    opened ??= serial(build).catch((e: unknown) => {
      opened = undefined;
      throw e;
    });
    return opened;
  }

  /** The best `limit` matches, best first, and how many there are in all. */
  function matching(
    query: string,
    filter: SearchFilter,
    limit?: number,
  ): { total: number; found: ItemRecord[] } {
    const filtered = !!(filter.body || filter.year || filter.status || filter.onlyDecisions);
    const accept = filtered
      ? (key: string) => {
          const r = records.get(key);
          return !!r && matchesFilter(r, filter);
        }
      : undefined;
    const terms = queryTerms(query);
    if (terms.length === 0) return { total: 0, found: [] };
    const ranked = engine.search(terms, { accept, limit });
    return { total: ranked.total, found: ranked.keys.flatMap((key) => records.get(key) ?? []) };
  }

  return {
    open,
    flush: () => serial(flush),
    async search(request) {
      await open();
      const terms = queryTerms(request.query);
      // Every match is scored and counted; only the first page is ranked, mapped and given snippets.
      const { total, found } = matching(request.query, request, request.limit ?? DEFAULT_LIMIT);
      return {
        total,
        hits: found.map((r) => ({
          draftId: r.draftId,
          itemId: r.itemId,
          body: r.body,
          date: r.date,
          status: r.status,
          label: r.label,
          title: r.title,
          dnr: r.dnr,
          hasDecision: r.hasDecision,
          titleParts: markMatches(r.title, terms),
          snippet: buildSnippet([decisionText(r), r.text, r.dnr], terms),
        })),
        ...(filterOptions ??= filterOptionsOf(drafts.values())),
      };
    },
    async decisions(query) {
      await open();
      const filter = { ...query, onlyDecisions: true };
      const chosen = query.query?.trim()
        ? matching(query.query, filter).found
        : [...records.values()].filter((r) => matchesFilter(r, filter));
      return sortByDateDesc(chosen).map((r) => ({
        draftId: r.draftId,
        itemId: r.itemId,
        body: r.body,
        date: r.date,
        status: r.status,
        label: r.label,
        title: r.title,
        dnr: r.dnr,
        intro: r.intro,
        attSatser: r.attSatser,
      }));
    },
    update(draftId, protocol) {
      return serial(async () => {
        if (!opened) return; // Not built yet: the build reads the file itself.
        await opened.catch(() => undefined);
        if (protocol === null) {
          put(draftId, null);
        } else {
          const st = await stat(join(paths.drafts, `${draftId}${DRAFT_EXT}`)).catch(() => null);
          put(draftId, {
            size: st?.size ?? -1,
            mtimeMs: st?.mtimeMs ?? -1,
            records: itemRecordsOf(protocol),
          });
        }
        schedulePersist();
      }).catch((e: unknown) => log(`search index not updated for ${draftId}: ${String(e)}`));
    },
    async close() {
      await serial(flush);
    },
  };
}
