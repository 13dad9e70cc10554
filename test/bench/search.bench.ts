/**
 * Archive search speed on a generated library of 5,000 protokoll with 15 items each (ten years of
 * a municipality's bodies; SEARCH_BENCH_PROTOCOLS=500 for a quick run). Targets: incremental
 * update after a save median ≤ 50 ms; query to first results median ≤ 30 ms, p95 ≤ 100 ms.
 * The app's term index and two libraries (MiniSearch, the engine before it; FlexSearch) run
 * through the same service, beside a plain scan of the files and a linear scan of the records in
 * memory, in the same run. Query times are wall clock (median, p95) and the process's CPU time
 * per query, which the other work on a shared machine disturbs less.
 */
import { mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readProtocolFile } from '../../electron/services/files/readProtocolFile';
import { nodeFs } from '../../electron/services/files/fsLayer';
import { INDEX_CACHE_FILE } from '../../electron/services/search/indexCache';
import { createTermIndexEngine } from '../../electron/services/search/termIndexEngine';
import type { SearchEngineFactory } from '../../electron/services/search/searchEngine';
import { createSearchService } from '../../electron/services/search/searchService';
import { serializeProtocol } from '../../shared/protocol/parse';
import { decisionText } from '../../shared/search/decisionText';
import { itemRecordsOf } from '../../shared/search/itemRecords';
import type { ItemRecord } from '../../shared/search/searchTypes';
import { queryTerms, wordMatches, wordsOf } from '../../shared/search/swedishTerms';
import { archiveProtocol } from '../generate/archive';
import { createFlexSearchEngine } from './flexSearchEngine';
import { createMiniSearchEngine } from './miniSearchEngine';

const PROTOCOLS = Number(process.env.SEARCH_BENCH_PROTOCOLS ?? 5000);
const QUERIES = [
  'beslut',
  'besl',
  'detaljplan',
  'förskola',
  'budget',
  'upphandling',
  'kommunstyrelsen',
  'att godkänna',
  'ks 2023',
  'informationen',
  'skol',
  'avtal',
  'motion',
  'revision',
  'bygg',
  'taxa',
  'lokal',
  'äldre',
  'yttrande',
  'reservation',
  // What is sent while a word is still being typed, and the commonest word of all.
  'b',
  'be',
  'att',
];

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function stats(values: number[]): { median: number; p95: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function fillLibrary(root: string): Promise<void> {
  await mkdir(join(root, 'drafts'), { recursive: true });
  for (let n = 0; n < PROTOCOLS; n++) {
    await writeFile(
      join(root, 'drafts', `arkiv-${n}.protokoll`),
      serializeProtocol(archiveProtocol(n)),
    );
  }
}

/** What the app would do without an index: read and parse every file, then match its items. */
async function plainScan(root: string, query: string): Promise<number> {
  const terms = queryTerms(query);
  let found = 0;
  for (const name of await readdir(join(root, 'drafts'))) {
    const r = await readProtocolFile(join(root, 'drafts', name), nodeFs);
    if (!r.ok) continue;
    for (const record of itemRecordsOf(r.value)) if (matches(record, terms)) found++;
  }
  return found;
}

function matches(record: ItemRecord, terms: readonly string[]): boolean {
  const words = wordsOf(`${record.title}\n${record.dnr}\n${decisionText(record)}\n${record.text}`);
  return terms.every((t) => words.some((w) => wordMatches(w.word, t)));
}

interface EngineRow {
  engine: string;
  build: number;
  warmOpen: number;
  heap: number;
  cacheMb: number;
  update: { median: number; p95: number };
  query: { median: number; p95: number };
  /** CPU ms per query (user + system): less disturbed by other work on the machine. */
  queryCpu: { median: number; p95: number };
  hits: number[];
  /** Median ms per query, in QUERIES order. */
  perQuery: number[];
}

async function benchEngine(
  root: string,
  engine: string,
  factory: SearchEngineFactory,
): Promise<EngineRow> {
  await unlink(join(root, INDEX_CACHE_FILE)).catch(() => undefined);
  const before = heapMb();
  let service = createSearchService({ root, engine: factory, persistDelayMs: 60_000 });
  const build = await time(() => service.open());
  const heap = heapMb() - before;
  const { size } = await import('node:fs/promises').then((fs) =>
    fs.stat(join(root, INDEX_CACHE_FILE)),
  );
  await service.close();
  service = createSearchService({ root, engine: factory, persistDelayMs: 60_000 });
  const warmOpen = await time(() => service.open());

  const updates: number[] = [];
  for (let i = 0; i < 40; i++) {
    const n = (i * 97) % PROTOCOLS;
    const p = archiveProtocol(n);
    const saved = {
      ...p,
      items: p.items.map((it, k) => (k === 3 ? { ...it, title: `Ändrad rubrik ${i}` } : it)),
    };
    await writeFile(join(root, 'drafts', `arkiv-${n}.protokoll`), serializeProtocol(saved));
    updates.push(await time(() => service.update(saved.id, saved)));
  }

  const queryTimes: number[] = [];
  const hits: number[] = [];
  const byQuery: number[][] = QUERIES.map(() => []);
  const queryCpu: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const [i, q] of QUERIES.entries()) {
      let total = 0;
      const cpu0 = process.cpuUsage();
      const ms = await time(async () => (total = (await service.search({ query: q })).total));
      const cpu = process.cpuUsage(cpu0);
      queryCpu.push((cpu.user + cpu.system) / 1000);
      queryTimes.push(ms);
      byQuery[i]!.push(ms);
      if (round === 0) hits.push(total);
    }
  }
  await service.close();
  return {
    engine,
    build,
    warmOpen,
    heap,
    cacheMb: size / 1024 / 1024,
    update: stats(updates),
    query: stats(queryTimes),
    queryCpu: stats(queryCpu),
    hits,
    perQuery: byQuery.map((t) => stats(t).median),
  };
}

export default async function benchSearch(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'paragraf-bench-search-'));
  try {
    const root = join(dir, 'library');
    const filled = await time(() => fillLibrary(root));
    console.log(`${PROTOCOLS} protokoll × 15 items written in ${(filled / 1000).toFixed(1)} s\n`);

    const rows = [
      await benchEngine(root, 'term index (the app)', createTermIndexEngine),
      await benchEngine(root, 'MiniSearch 7 (before)', createMiniSearchEngine),
      await benchEngine(root, 'FlexSearch 0.8', createFlexSearchEngine),
    ];

    // The same records, scanned linearly in memory (no index).
    const all: ItemRecord[] = [];
    for (const name of await readdir(join(root, 'drafts'))) {
      const r = await readProtocolFile(join(root, 'drafts', name), nodeFs);
      if (r.ok) all.push(...itemRecordsOf(r.value));
    }
    const linear: number[] = [];
    for (const q of QUERIES) {
      const terms = queryTerms(q);
      linear.push(await time(() => all.filter((r) => matches(r, terms)).length));
    }
    const scans: number[] = [];
    for (const q of QUERIES.slice(0, 3)) scans.push(await time(() => plainScan(root, q)));

    const ms = (v: number) => v.toFixed(1).padStart(9);
    const ls = stats(linear);
    const ps = stats(scans);
    console.log(
      '| engine | first build (read all files) ms | open with cache ms | update after save median / p95 ms | query median / p95 ms | query CPU median / p95 ms | plain scan ÷ query median | heap MB | cache file MB |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) {
      console.log(
        `| ${r.engine} | ${ms(r.build)} | ${ms(r.warmOpen)} | ${ms(r.update.median)} / ${ms(r.update.p95)} | ${ms(r.query.median)} / ${ms(r.query.p95)} | ${ms(r.queryCpu.median)} / ${ms(r.queryCpu.p95)} | ${(ps.median / r.query.median).toFixed(0)}× | ${r.heap.toFixed(0)} | ${r.cacheMb.toFixed(0)} |`,
      );
    }
    console.log(
      `| linear scan of records in memory | | | | ${ms(ls.median)} / ${ms(ls.p95)} | | ${(ps.median / ls.median).toFixed(0)}× | | |`,
    );
    console.log(
      `| plain scan of the files (read + parse each) | | | | ${ms(ps.median)} / ${ms(ps.p95)} | | 1× | | |`,
    );
    console.log('\ntargets: update ≤ 50 ms median; query ≤ 30 ms median, p95 ≤ 100 ms');
    console.log(
      `\n| query | matches (${rows.map((r) => r.engine).join(' / ')}) | median ms (same order) |`,
    );
    console.log('| --- | ---: | ---: |');
    QUERIES.forEach((q, i) => {
      console.log(
        `| ${q} | ${rows.map((r) => r.hits[i]).join(' / ')} | ${rows.map((r) => r.perQuery[i]!.toFixed(1)).join(' / ')} |`,
      );
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
