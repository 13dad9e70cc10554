import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { isErrno } from './draftError';
import type { FsLayer } from './fsLayer';

/**
 * What an instance last loaded or saved of a draft: enough to tell whether another instance has
 * written the file since. Every save makes a new file (new inode), so an unchanged identity means
 * an unchanged file; a changed identity is confirmed by the content hash.
 */
export interface SeenFile {
  ino: number;
  size: number;
  mtimeMs: number;
  hash: string;
}

export const hashText = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export const seenFile = (st: Stats, hash: string): SeenFile => ({
  ino: st.ino,
  size: st.size,
  mtimeMs: st.mtimeMs,
  hash,
});

/** Whether the file at `path` is still what was seen; a missing file counts as unchanged. */
export async function unchangedSince(fs: FsLayer, path: string, seen: SeenFile): Promise<boolean> {
  let st: Stats;
  try {
    st = await fs.stat(path);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return true;
    throw error;
  }
  if (st.ino === seen.ino && st.size === seen.size && st.mtimeMs === seen.mtimeMs) return true;
  return hashText(await fs.readFile(path)) === seen.hash;
}

const COPY_SUFFIX = /-konflikt-[a-z0-9]{6}$/;

/** A new id for the conflict copy of `id`: "<id>-konflikt-<random>", at most 64 characters. */
export function conflictCopyId(id: string): string {
  const base = id.replace(COPY_SUFFIX, '').slice(0, 64 - 16);
  return `${base}-konflikt-${randomBytes(3).toString('hex')}`;
}

export const CONFLICT_SV =
  'Utkastet har ändrats i ett annat fönster – din version sparades som en kopia.';

/** Conflict copies say so in the list, so the two versions can be told apart. */
export function markConflictCopies(summaries: DraftSummary[]): DraftSummary[] {
  return summaries.map((s) =>
    COPY_SUFFIX.test(s.id) ? { ...s, title: `${s.title} (konflikt)` } : s,
  );
}
