import type { Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * What the drafts folder looked like when the index was made: its identity and modification
 * time, its entries (count and a hash of the sorted names), and `floorMs`, a time on the file
 * server's clock from before the folder was looked at (the index file's own modification time,
 * read first). Every rename, create or delete in the folder (every save is a rename) sets the
 * folder's time to the server's time of that change. When the recorded time is more than
 * COARSEST_MS before the floor, a change made after the index was made can never leave the
 * folder's time as recorded, even on a server keeping times in whole seconds or 2-second steps;
 * so a folder that still shows the recorded values has not changed, and the index can be trusted
 * without reading every draft's time. Only values from the server are compared, never the local
 * clock.
 */
export const folderRecordSchema = z.object({
  ino: z.number(),
  mtimeMs: z.number(),
  count: z.number(),
  namesHash: z.string(),
  floorMs: z.number(),
});
export type FolderRecord = z.infer<typeof folderRecordSchema>;

/** The coarsest step of a file time kept by the file systems a library may be on (FAT: 2 s). */
export const COARSEST_MS = 2_000;

export function namesHash(names: readonly string[]): string {
  return createHash('sha256')
    .update([...names].sort().join('\n'))
    .digest('hex');
}

export function folderRecord(st: Stats, names: readonly string[], floorMs: number): FolderRecord {
  return {
    ino: st.ino,
    mtimeMs: st.mtimeMs,
    count: names.length,
    namesHash: namesHash(names),
    floorMs,
  };
}

/** Whether the folder, as it is now, is provably as recorded. */
export function unchangedSinceRecord(
  record: FolderRecord | undefined,
  st: Stats,
  names: readonly string[],
): boolean {
  return (
    !!record &&
    record.mtimeMs + COARSEST_MS < record.floorMs &&
    record.ino === st.ino &&
    record.mtimeMs === st.mtimeMs &&
    record.count === names.length &&
    record.namesHash === namesHash(names)
  );
}

export const sameRecord = (a: FolderRecord | undefined, b: FolderRecord | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);
