import type { Stats } from 'node:fs';
import { z } from 'zod';
import { protocolStatusSchema } from '../../../shared/protocol/protocol';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { atomicWriteFile } from '../files/atomicWrite';
import type { LibraryPaths } from './draftPaths';
import { folderRecordSchema, sameRecord, type FolderRecord } from './folderRecord';
import type { FsLayer } from '../files/fsLayer';

/**
 * A cache of list summaries keyed by draft id, each tagged with the identity of the file it was
 * made from (inode, size, mtime). Every atomic save creates a new inode, so a stale entry never
 * matches; a missing, corrupt or stale index only costs re-reading some files. It is never the
 * source of truth, which keeps listing correct after any crash.
 */
const entrySchema = z.object({
  ino: z.number(),
  size: z.number(),
  mtimeMs: z.number(),
  summary: z.object({
    id: z.string(),
    body: z.string(),
    date: z.string(),
    title: z.string(),
    status: protocolStatusSchema,
    updatedAt: z.string(),
    itemRange: z.string(),
    damaged: z.boolean().optional(),
  }),
});
const indexSchema = z.object({
  indexVersion: z.literal(1),
  entries: z.record(z.string(), entrySchema),
  folder: folderRecordSchema.optional(),
});
type IndexEntry = z.infer<typeof entrySchema>;

export interface DraftIndex {
  lookup(id: string, st: Stats): DraftSummary | undefined;
  remember(id: string, st: Stats, summary: DraftSummary): void;
  /** The summary of every id, when the index holds them all (whatever their files say). */
  all(ids: readonly string[]): DraftSummary[] | undefined;
  /** The drafts folder as it was when the entries were made (see folderRecord.ts). */
  folder(): FolderRecord | undefined;
  /** The index file's modification time on the server's clock, if it exists. */
  writtenAtMs(): Promise<number | undefined>;
  /**
   * Writes the index when it changed, dropping ids not in `keep`, with the folder as it was
   * before its files were looked at (none when unknown). Failures are ignored.
   */
  flush(keep: ReadonlySet<string>, folder?: FolderRecord): Promise<void>;
}

export async function openDraftIndex(fs: FsLayer, paths: LibraryPaths): Promise<DraftIndex> {
  let entries: Record<string, IndexEntry> = Object.create(null) as Record<string, IndexEntry>;
  let folder: FolderRecord | undefined;
  try {
    const parsed = indexSchema.safeParse(JSON.parse(await fs.readFile(paths.index, 'utf8')));
    if (parsed.success) {
      Object.assign(entries, parsed.data.entries);
      folder = parsed.data.folder;
    }
  } catch {
    // No index or an unreadable one: rebuilt from the files.
  }
  let changed = false;
  return {
    lookup(id, st) {
      const e = Object.hasOwn(entries, id) ? entries[id] : undefined;
      if (e && e.ino === st.ino && e.size === st.size && e.mtimeMs === st.mtimeMs) {
        return e.summary;
      }
      return undefined;
    },
    remember(id, st, summary) {
      entries[id] = { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, summary };
      changed = true;
    },
    all(ids) {
      const out: DraftSummary[] = [];
      for (const id of ids) {
        if (!Object.hasOwn(entries, id)) return undefined;
        out.push(entries[id]!.summary);
      }
      return out;
    },
    folder: () => folder,
    async writtenAtMs() {
      try {
        return (await fs.stat(paths.index)).mtimeMs;
      } catch {
        return undefined;
      }
    },
    async flush(keep, record) {
      if (!sameRecord(folder, record)) {
        folder = record;
        changed = true;
      }
      const kept: Record<string, IndexEntry> = Object.create(null) as Record<string, IndexEntry>;
      for (const id of Object.keys(entries)) {
        if (keep.has(id)) kept[id] = entries[id]!;
        else changed = true;
      }
      entries = kept;
      if (!changed) return;
      try {
        await atomicWriteFile(
          fs,
          paths.index,
          JSON.stringify({ indexVersion: 1, entries, ...(folder ? { folder } : {}) }),
        );
        changed = false;
      } catch {
        // A cache that cannot be written is simply rebuilt next time.
      }
    },
  };
}
