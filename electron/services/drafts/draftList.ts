import { join } from 'node:path';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { isErrno } from './draftError';
import type { DraftHistory } from './draftHistory';
import type { DraftIndex } from './draftIndex';
import { DRAFT_EXT, type LibraryPaths } from './draftPaths';
import { summarizeDraft } from './draftSummary';
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

/** Every draft in the library, newest first; summaries come from the index when still valid. */
export async function listDrafts(
  fs: FsLayer,
  paths: LibraryPaths,
  history: DraftHistory,
  index: DraftIndex,
): Promise<DraftSummary[]> {
  let names: string[];
  try {
    names = await fs.readdir(paths.drafts);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  const ids = names.map((n) => DRAFT_NAME.exec(n)?.[1]).filter((id): id is string => !!id);
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
  await index.flush(seen);
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
