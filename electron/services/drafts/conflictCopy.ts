import { createHash } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { isErrno } from './draftError';
import type { FsLayer } from '../files/fsLayer';

/**
 * What an instance last loaded or saved of a draft: the content hash. File identity (inode, size,
 * time) is not enough: a freed inode is soon reused by the next save's file, and two saves of the
 * same size can carry the same time, so only the content tells.
 */
export interface SeenFile {
  hash: string;
}

export const hashText = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export const seenFile = (hash: string): SeenFile => ({ hash });

/** Whether the file at `path` is still what was seen; a missing file counts as unchanged. */
export async function unchangedSince(fs: FsLayer, path: string, seen: SeenFile): Promise<boolean> {
  try {
    return hashText(await fs.readFile(path)) === seen.hash;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return true;
    throw error;
  }
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
