import type { LoadedDraft } from '../../../shared/ipc/contract';
import type { LoadError, LoadResult } from '../../../shared/protocol/loadError';
import { serializeProtocol } from '../../../shared/protocol/parse';
import type { Protocol } from '../../../shared/protocol/protocol';
import { atomicWriteFile } from '../files/atomicWrite';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { isErrno, notFound, storageError, writeRefusal } from './draftError';
import type { DraftHistory } from './draftHistory';
import { draftFile, type LibraryPaths } from './draftPaths';
import type { FsLayer } from '../files/fsLayer';
import { quarantineCopy, quarantineFile } from './quarantine';
import { readProtocolFile } from '../files/readProtocolFile';

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
    result = await readProtocolFile(file, fs);
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

interface IntactVersion {
  protocol: Protocol;
  savedAt: Date;
}

/**
 * The newest earlier version that is a regular file holding this draft. Anything else is skipped
 * (and listed in `damaged`); an unreadable entry never stops the search.
 */
async function newestIntact(
  deps: RecoveryDeps,
  id: string,
  damaged: string[],
): Promise<IntactVersion | null> {
  for (const version of await deps.history.list(id)) {
    const file = deps.history.pathOf(id, version.versionId);
    const candidate = await readExpected(deps.fs, file, id).catch((error: unknown) => {
      deps.log(
        `draft ${id}: earlier version ${version.versionId} cannot be read: ${String(error)}`,
      );
      return 'missing' as const;
    });
    if (candidate === 'missing') continue;
    if (candidate.ok) return { protocol: candidate.value, savedAt: new Date(version.savedAt) };
    deps.log(`draft ${id}: earlier version ${version.versionId} is damaged: ${candidate.error.en}`);
    damaged.push(file);
  }
  return null;
}

/**
 * Opens a draft. When the current file is damaged or foreign, a copy of it goes to the quarantine
 * folder, the newest intact earlier version replaces it, and the result says so. When the library
 * cannot be written (read-only, no permission, disk full), that version is opened without
 * changing anything on disk, and the result says that saving here is not possible.
 */
export async function loadWithRecovery(deps: RecoveryDeps, id: string): Promise<LoadedDraft> {
  const { fs, paths, now, log } = deps;
  const current = draftFile(paths, id);
  const first = await readExpected(fs, current, id);
  if (first !== 'missing' && first.ok) return { protocol: first.value };
  if (first !== 'missing') log(`draft ${id}: ${first.error.en}`);

  const damaged: string[] = [];
  const intact = await newestIntact(deps, id, damaged);
  if (first === 'missing' && !intact) throw notFound(id);

  let quarantined = '';
  try {
    if (first !== 'missing') {
      quarantined = intact
        ? await quarantineCopy(fs, paths, current, now())
        : await quarantineFile(fs, paths, current, now());
      log(`draft ${id}: the damaged file was kept as ${quarantined}`);
    }
    if (intact) await atomicWriteFile(fs, current, serializeProtocol(intact.protocol));
  } catch (error) {
    const refusal = writeRefusal(error);
    if (!refusal) throw storageError('restore the draft', error);
    log(`draft ${id}: cannot repair the draft, the library cannot be written (${refusal.errno})`);
    if (!intact) {
      throw new ParagrafError(
        refusal.code,
        `draft "${id}" is damaged, no intact earlier version exists, and the library cannot be written (${refusal.errno})`,
        `${refusal.sv} Utkastet är skadat och det finns ingen hel tidigare version. Filen har inte ändrats.`,
        { cause: error },
      );
    }
    return { protocol: intact.protocol, recovered: readOnlyNotice(intact, refusal) };
  }
  for (const file of damaged) {
    await quarantineFile(fs, paths, file, now()).then(
      (moved) => log(`draft ${id}: moved a damaged earlier version to ${moved}`),
      (error: unknown) => log(`draft ${id}: could not move ${file} aside: ${String(error)}`),
    );
  }
  if (!intact) {
    throw new ParagrafError(
      'unrecoverable',
      `draft "${id}" is damaged and no intact earlier version exists; the file was moved to ${quarantined}`,
      `Utkastet är skadat och det finns ingen hel tidigare version. Filen har flyttats åt sidan till ${quarantined} och har inte raderats.`,
    );
  }
  const when = intact.savedAt;
  log(`draft ${id}: recovered the version saved ${when.toISOString()}`);
  if (!quarantined) return { protocol: intact.protocol };
  return {
    protocol: intact.protocol,
    recovered: {
      en: `The last saved copy of this draft was damaged and has been moved to ${quarantined}. The newest intact version (saved ${when.toISOString()}) was opened instead.`,
      sv: `Den senast sparade kopian av utkastet var skadad och har flyttats åt sidan till ${quarantined}. Den senaste hela versionen (sparad ${when.toLocaleString('sv-SE')}) har öppnats i stället.`,
      quarantinedFile: quarantined,
    },
  };
}

function readOnlyNotice(
  intact: IntactVersion,
  refusal: NonNullable<ReturnType<typeof writeRefusal>>,
): NonNullable<LoadedDraft['recovered']> {
  const when = intact.savedAt;
  return {
    en: `The last saved copy of this draft is damaged and the library cannot be written (${refusal.errno}). The newest intact version (saved ${when.toISOString()}) was opened read-only; nothing on disk was changed.`,
    sv: `${refusal.sv} Den senast sparade kopian av utkastet är skadad. Den senaste hela versionen (sparad ${when.toLocaleString('sv-SE')}) har öppnats, men ändringar kan inte sparas här. Inget på disken har ändrats.`,
    quarantinedFile: '',
    readOnly: true,
  };
}
