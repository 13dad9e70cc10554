import type { LoadedDraft } from '../../../shared/ipc/contract';
import type { LoadError, LoadResult } from '../../../shared/protocol/loadError';
import { serializeProtocol } from '../../../shared/protocol/parse';
import type { Protocol } from '../../../shared/protocol/protocol';
import { atomicWriteFile } from './atomicWrite';
import { DraftError, isErrno, notFound, storageError } from './draftError';
import type { DraftHistory } from './draftHistory';
import { draftFile, type LibraryPaths } from './draftPaths';
import type { FsLayer } from './fsLayer';
import { quarantineFile } from './quarantine';
import { readDraftFile } from './readDraftFile';

export interface RecoveryDeps {
  fs: FsLayer;
  paths: LibraryPaths;
  history: DraftHistory;
  now: () => Date;
  log: (message: string) => void;
}

/** A readable file that holds a valid protocol with the expected id, or why not. */
async function readExpected(
  fs: FsLayer,
  file: string,
  id: string,
): Promise<LoadResult<Protocol> | 'missing'> {
  let result: LoadResult<Protocol>;
  try {
    result = await readDraftFile(fs, file);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'missing';
    throw storageError('open the draft', error);
  }
  if (result.ok && result.value.id !== id) {
    const error: LoadError = {
      code: 'invalid',
      en: `the file holds another draft (id "${result.value.id}")`,
      sv: 'Filen innehåller ett annat utkast.',
    };
    return { ok: false, error };
  }
  return result;
}

/**
 * Opens a draft. When the current file is damaged or foreign it is moved to the quarantine
 * folder, the newest intact earlier version becomes current again, and the result says so.
 */
export async function loadWithRecovery(deps: RecoveryDeps, id: string): Promise<LoadedDraft> {
  const { fs, paths, history, now, log } = deps;
  const current = draftFile(paths, id);
  const first = await readExpected(fs, current, id);
  if (first !== 'missing' && first.ok) return { protocol: first.value };

  let quarantined = '';
  if (first !== 'missing') {
    quarantined = await quarantineFile(fs, paths, current, now());
    log(`draft ${id}: ${first.error.en}; moved to ${quarantined}`);
  }
  for (const version of await history.list(id)) {
    const file = history.pathOf(id, version.versionId);
    const candidate = await readExpected(fs, file, id);
    if (candidate === 'missing') continue;
    if (!candidate.ok) {
      const moved = await quarantineFile(fs, paths, file, now());
      log(`draft ${id}: earlier version ${version.versionId} is damaged; moved to ${moved}`);
      quarantined ||= moved;
      continue;
    }
    try {
      await atomicWriteFile(fs, current, serializeProtocol(candidate.value));
    } catch (error) {
      throw storageError('restore the draft', error);
    }
    const when = new Date(version.savedAt);
    log(`draft ${id}: recovered the version saved ${when.toISOString()}`);
    if (!quarantined) return { protocol: candidate.value };
    return {
      protocol: candidate.value,
      recovered: {
        en: `The last saved copy of this draft was damaged and has been moved to ${quarantined}. The newest intact version (saved ${when.toISOString()}) was opened instead.`,
        sv: `Den senast sparade kopian av utkastet var skadad och har flyttats åt sidan till ${quarantined}. Den senaste hela versionen (sparad ${when.toLocaleString('sv-SE')}) har öppnats i stället.`,
        quarantinedFile: quarantined,
      },
    };
  }
  if (!quarantined) throw notFound(id);
  throw new DraftError(
    'unrecoverable',
    `draft "${id}" is damaged and no intact earlier version exists; the file was moved to ${quarantined}`,
    `Utkastet är skadat och det finns ingen hel tidigare version. Filen har flyttats åt sidan till ${quarantined} och har inte raderats.`,
  );
}
