import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ItemRecord } from '../../../shared/search/searchTypes';
import { protocolStatusSchema } from '../../../shared/protocol/protocol';
import { atomicWriteFile } from '../files/atomicWrite';
import { nodeFs } from '../files/fsLayer';

/**
 * The search index's cache file in the library folder: for each draft file, the stamp it was
 * read at (size, mtime) and its item records. Only a cache: a missing, damaged or foreign file
 * is ignored and the records are made again from the .protokoll files, which stay the truth.
 * Stamps rather than inodes, so a library synced from another machine is checked file by file.
 */
const text = z.string().max(200_000);
const recordSchema = z.strictObject({
  key: text,
  draftId: text,
  itemId: text,
  body: text,
  date: text,
  status: protocolStatusSchema,
  label: text,
  title: text,
  dnr: text,
  intro: text,
  attSatser: z.array(text),
  hasDecision: z.boolean(),
  text: text,
});
const draftEntrySchema = z.strictObject({
  size: z.number(),
  mtimeMs: z.number(),
  records: z.array(recordSchema),
});
const cacheSchema = z.strictObject({
  searchIndexVersion: z.literal(1),
  drafts: z.record(z.string(), draftEntrySchema),
});

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface CachedDraft extends FileStamp {
  records: ItemRecord[];
}

export const INDEX_CACHE_FILE = 'search-index.json';

/** The cached drafts, or an empty map when there is no usable cache. */
export async function readIndexCache(
  path: string,
  log: (m: string) => void,
): Promise<Map<string, CachedDraft>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return new Map(Object.entries(parsed.data.drafts));
    log('search index cache is not in the expected shape; rebuilding it from the files');
  } catch {
    log('search index cache is damaged; rebuilding it from the files');
  }
  return new Map();
}

export async function writeIndexCache(
  path: string,
  drafts: ReadonlyMap<string, CachedDraft>,
): Promise<void> {
  const body = { searchIndexVersion: 1, drafts: Object.fromEntries(drafts) };
  await atomicWriteFile(nodeFs, path, JSON.stringify(body));
}
