import type { Stats } from 'node:fs';
import { join } from 'node:path';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { isErrno } from './draftError';
import type { DraftHistory } from './draftHistory';
import type { DraftIndex } from './draftIndex';
import { DRAFT_EXT, type LibraryPaths } from './draftPaths';
import { summarizeDraft } from './draftSummary';
import { folderRecord, unchangedSinceRecord } from './folderRecord';
import type { FsLayer } from '../files/fsLayer';
import { readProtocolFile } from '../files/readProtocolFile';

const LIST_BATCH = 128;

const DRAFT_NAME = /^([A-Za-z0-9_-]{1,64})\.protokoll$/;

/** A list line for a draft whose saved file cannot be read. */
export function damagedSummary(id: string, savedAt: Date): DraftSummary {
  return {
    id,
    body: '',
    date: '',
    title: 'Skadat utkast',
    status: 'utkast',
    updatedAt: savedAt.toISOString(),
    itemRange: '',
    damaged: true,
  };
}

async function summaryOf(
  fs: FsLayer,
  history: DraftHistory,
  id: string,
  file: string,
  savedAt: Date,
): Promise<DraftSummary> {
  const r = await readProtocolFile(file, fs);
  if (r.ok && r.value.id === id) return summarizeDraft(r.value, savedAt);
  // Show what opening will recover: the newest intact earlier version, marked as damaged.
  for (const version of await history.list(id)) {
    const older = await readProtocolFile(history.pathOf(id, version.versionId), fs).catch(
      () => null,
    );
    if (older?.ok && older.value.id === id) {
      return { ...summarizeDraft(older.value, new Date(version.savedAt)), damaged: true };
    }
  }
  return damagedSummary(id, savedAt);
}

const newestFirst = (a: DraftSummary, b: DraftSummary) => b.updatedAt.localeCompare(a.updatedAt);

const idsOf = (names: readonly string[]) =>
  names.map((n) => DRAFT_NAME.exec(n)?.[1]).filter((id): id is string => !!id);

/**
 * Every draft in the library, newest first. When the drafts folder is provably unchanged since
 * the index was made (folderRecord.ts) the summaries come from the index alone: one listing and
 * one stat of the folder instead of a stat of every draft. Otherwise each draft's file is
 * checked against its index entry.
 */
export async function listDrafts(
  fs: FsLayer,
  paths: LibraryPaths,
  history: DraftHistory,
  index: DraftIndex,
): Promise<DraftSummary[]> {
  let names: string[];
  let folder: Stats;
  try {
    [names, folder] = await Promise.all([fs.readdir(paths.drafts), fs.stat(paths.drafts)]);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  if (unchangedSinceRecord(index.folder(), folder, names)) {
    const known = index.all(idsOf(names));
    if (known) return known.sort(newestFirst);
  }
  // The floor is read before the folder is looked at again, so it is older than what follows.
  const floorMs = await index.writtenAtMs();
  try {
    folder = await fs.stat(paths.drafts);
    names = await fs.readdir(paths.drafts);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  const ids = idsOf(names);
  const out: DraftSummary[] = [];
  const seen = new Set<string>();
  // Batches keep many stats in flight (a network folder answers each after a round trip)
  // without opening hundreds of files at once.
  for (let i = 0; i < ids.length; i += LIST_BATCH) {
    const batch = ids.slice(i, i + LIST_BATCH);
    const summaries = await Promise.all(
      batch.map(async (id) => {
        const file = join(paths.drafts, `${id}${DRAFT_EXT}`);
        try {
          const st = await fs.stat(file);
          let summary = index.lookup(id, st);
          if (!summary) {
            summary = await summaryOf(fs, history, id, file, st.mtime);
            index.remember(id, st, summary);
          }
          return summary;
        } catch (error) {
          if (isErrno(error, 'ENOENT')) return null; // trashed while listing
          throw error;
        }
      }),
    );
    for (const s of summaries) {
      if (s) {
        out.push(s);
        seen.add(s.id);
      }
    }
  }
  // A draft trashed while listing is missing from `out` but not from `names`: that folder
  // state is not what the entries say, so it is not recorded.
  const complete = seen.size === ids.length;
  await index.flush(
    seen,
    floorMs !== undefined && complete ? folderRecord(folder, names, floorMs) : undefined,
  );
  return out.sort(newestFirst);
}
