import { relative, resolve, isAbsolute } from 'node:path';
import type { ImportReceipt, LoadedDraft, SaveReceipt } from '../../../shared/ipc/contract';
import { newId } from '../../../shared/protocol/ids';
import { serializeProtocol } from '../../../shared/protocol/parse';
import type { Protocol } from '../../../shared/protocol/protocol';
import { createProtocolFromTemplate } from '../../../shared/template/newProtocol';
import { atomicWriteFile } from '../files/atomicWrite';
import {
  CONFLICT_SV,
  conflictCopyId,
  markConflictCopies,
  seenFile,
  unchangedSince,
  type SeenFile,
} from './conflictCopy';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { isErrno, libraryUnreachable, storageError } from './draftError';
import { createDraftHistory } from './draftHistory';
import { openDraftIndex, type DraftIndex } from './draftIndex';
import { listDrafts } from './draftList';
import { assertDraftId, draftFile, libraryPaths } from './draftPaths';
import { loadWithRecovery } from './draftRecovery';
import { createDraftTrash } from './draftTrash';
import { nodeFs } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';
import { importExternal } from './importExternal';
import { readExternalProtocol } from './importFile';
import { markNewCopies, openImportRegistry } from './importRegistry';
import { createKeyedLock } from './keyedLock';
import { createLibraryLock } from './libraryLock';
import { removeAbandonedTemps } from '../files/ownedTemp';
import { readProtocolFile } from '../files/readProtocolFile';
import { describeVersions } from './versionChanges';
import type { DraftLibrary, DraftLibraryOptions } from './draftLibraryTypes';
import { createDraftWriter } from './draftWriter';

export type { DraftLibrary, DraftLibraryOptions, SaveOptions } from './draftLibraryTypes';

export function createDraftLibrary(options: DraftLibraryOptions): DraftLibrary {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const paths = libraryPaths(options.root);
  const history = createDraftHistory(fs, paths, Math.max(1, options.historyLimit ?? 20));
  const trashBin = createDraftTrash(fs, paths);
  const inProcess = createKeyedLock();
  const acrossProcesses = createLibraryLock(fs, paths.locks);
  /** One task per draft at a time, in this process and in every other one using the library. */
  const lock = <T>(key: string, task: () => Promise<T>) =>
    inProcess(key, () => acrossProcesses(key, task));
  /** What this instance last loaded or saved of each draft, to notice changes made elsewhere. */
  const seen = new Map<string, SeenFile>();
  const recoveryDeps = { fs, paths, history, now, log };
  const { remember, write, writeUnlessChanged } = createDraftWriter({
    fs,
    paths,
    history,
    trashBin,
    now,
    log,
    historyIntervalMs: options.historyIntervalMs ?? 0,
    seen,
    ...(options.onChange ? { onChange: options.onChange } : {}),
  });
  const imports = openImportRegistry(fs, paths.imports);
  let ready: Promise<void> | undefined;
  let index: Promise<DraftIndex> | undefined;

  /**
   * Creates the folders, removes temp files abandoned by interrupted writes (never those of
   * another running instance) and finishes moves to or from the trash that a crash interrupted.
   */
  function ensureReady(): Promise<void> {
    ready ??= (async () => {
      if (options.createRoot ?? true) await fs.mkdir(paths.root, { recursive: true });
      else await fs.stat(paths.root);
      for (const dir of [paths.drafts, paths.history, paths.trash]) {
        await mkdirBelow(fs, paths.root, dir);
      }
      const nowMs = now().getTime();
      for (const dir of [paths.drafts, paths.root, paths.locks]) {
        await removeAbandonedTemps(fs, dir, nowMs);
      }
      for (const id of await trashBin.folders()) {
        if (await trashBin.isSettled(id)) continue;
        await lock(id, () => trashBin.recover(id)).catch((error: unknown) =>
          log(`could not finish moving draft ${id} to or from the trash: ${String(error)}`),
        );
      }
    })().catch((error: unknown) => {
      ready = undefined;
      if (isErrno(error, 'ENOENT')) throw libraryUnreachable('open the drafts folder', error);
      throw storageError('open the drafts folder', error);
    });
    return ready;
  }

  async function exists(id: string): Promise<boolean> {
    try {
      await fs.stat(draftFile(paths, id));
      return true;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return false;
      throw error;
    }
  }

  /** Whether another instance has written the draft since this one last loaded or saved it. */
  async function changedElsewhere(id: string, baseHash?: string): Promise<boolean> {
    const known = baseHash ? seenFile(baseHash) : seen.get(id);
    if (!known) return false;
    try {
      return !(await unchangedSince(fs, draftFile(paths, id), known));
    } catch (error) {
      throw storageError('save the draft', error);
    }
  }

  /** Saves a protocol that would overwrite someone else's changes as a new draft instead. */
  async function saveConflictCopy(protocol: Protocol): Promise<SaveReceipt> {
    let copyId = conflictCopyId(protocol.id);
    while ((await exists(copyId)) || (await trashBin.has(copyId))) {
      copyId = conflictCopyId(protocol.id);
    }
    const receipt = await lock(copyId, () => write({ ...protocol, id: copyId }));
    log(`draft ${protocol.id} was changed by another instance; this save became draft ${copyId}`);
    return {
      ...receipt,
      conflict: {
        copyId,
        sv: CONFLICT_SV,
        en: `The draft was changed in another window; this version was saved as draft ${copyId}.`,
      },
    };
  }

  async function freshId(): Promise<string> {
    for (;;) {
      const id = newId('draft');
      if (!(await exists(id)) && !(await trashBin.has(id))) return id;
    }
  }

  async function load(id: string): Promise<LoadedDraft> {
    assertDraftId(id);
    await ensureReady();
    return lock(id, async () => {
      const loaded = await loadWithRecovery(recoveryDeps, id);
      if (loaded.recovered?.readOnly) seen.delete(id);
      else await remember(id);
      return loaded;
    });
  }

  /** One import at a time, so two opens of the same file cannot both make a draft. */
  async function importPath(path: string): Promise<ImportReceipt> {
    await ensureReady();
    // ".imports" cannot be a draft id, so it never shares a lock with a draft.
    const receipt = await lock('.imports', () =>
      importExternal(
        {
          registry: imports,
          readExternal: (p) => readExternalProtocol(fs, p, paths.root),
          isLive: async (id) => (await exists(id)) && !(await trashBin.has(id)),
          current: async (id) => {
            const r = await readProtocolFile(draftFile(paths, id), fs).catch(() => null);
            return r?.ok && r.value.id === id ? r.value : null;
          },
          open: async (id) => (await load(id)).protocol,
          addNew: async (protocol) => {
            const taken = (await exists(protocol.id)) || (await trashBin.has(protocol.id));
            const imported = taken ? { ...protocol, id: await freshId() } : protocol;
            await lock(imported.id, async () => {
              // Never replace a draft, even if the id was taken meanwhile.
              if (await exists(imported.id)) imported.id = await freshId();
              await write(imported);
            });
            return imported;
          },
          replace: (protocol) => lock(protocol.id, () => write(protocol, true).then(() => {})),
          now,
          log,
        },
        path,
      ),
    );
    log(`imported ${path} as draft ${receipt.protocol.id} (${receipt.outcome})`);
    return receipt;
  }

  return {
    root: paths.root,
    load,

    async list() {
      await ensureReady();
      index ??= openDraftIndex(fs, paths);
      const drafts = await listDrafts(fs, paths, history, await index);
      return markConflictCopies(await markNewCopies(drafts, imports));
    },

    async createFromTemplate(template, opts = {}) {
      await ensureReady();
      const id = await freshId();
      const protocol = createProtocolFromTemplate(template, { id, now: now(), ...opts });
      await lock(id, () => write(protocol));
      return protocol;
    },

    async save(protocol, saveOptions = {}) {
      await ensureReady();
      const id = assertDraftId(protocol.id);
      const conflict = await lock(id, async () =>
        saveOptions.asCopy
          ? protocol
          : ((await writeUnlessChanged(protocol, false, () =>
              changedElsewhere(id, saveOptions.baseHash),
            )) ?? protocol),
      );
      // The copy is saved after the lock on the original is released (it takes its own).
      return 'savedAt' in conflict ? conflict : saveConflictCopy(conflict);
    },

    knownHash: (id) => seen.get(id)?.hash,

    async history(id) {
      assertDraftId(id);
      await ensureReady();
      return describeVersions(await history.list(id), (v) =>
        readProtocolFile(history.pathOf(id, v.versionId), fs).then(
          (r) => (r.ok ? r.value : null),
          () => null,
        ),
      );
    },

    async restoreVersion(id, versionId) {
      assertDraftId(id);
      const file = history.pathOf(id, versionId);
      await ensureReady();
      return lock(id, async () => {
        const r = await readProtocolFile(file, fs).catch((error: unknown) => {
          if (isErrno(error, 'ENOENT')) {
            throw new ParagrafError(
              'version-not-found',
              `version ${versionId} of draft "${id}" does not exist`,
              'Versionen finns inte.',
            );
          }
          throw storageError('read the version', error);
        });
        if (!r.ok || r.value.id !== id) {
          throw new ParagrafError(
            'version-damaged',
            `version ${versionId} of draft "${id}" cannot be read: ${r.ok ? 'it holds another draft' : r.error.en}`,
            'Den valda versionen är skadad och kan inte återställas.',
          );
        }
        // Keep the version being replaced whatever the interval, so a restore can be undone.
        await write(r.value, true);
        return r.value;
      });
    },

    async trash(id) {
      assertDraftId(id);
      await ensureReady();
      await lock(id, () =>
        trashBin.trash(id).catch((error: unknown) => {
          throw error instanceof ParagrafError
            ? error
            : storageError('move the draft to the trash', error);
        }),
      );
      seen.delete(id);
      options.onChange?.(id, null);
    },

    async listTrash() {
      await ensureReady();
      return trashBin.list();
    },

    async restoreFromTrash(id) {
      assertDraftId(id);
      await ensureReady();
      await lock(id, () =>
        trashBin.restore(id).catch((error: unknown) => {
          throw error instanceof ParagrafError
            ? error
            : storageError('restore the draft from the trash', error);
        }),
      );
      const restored = (await load(id)).protocol;
      options.onChange?.(id, restored);
      return restored;
    },

    async importFile(path) {
      return (await importPath(path)).protocol;
    },

    importPath,

    async exportCopy(id, outPath) {
      const target = resolve(outPath);
      const rel = relative(paths.root, target);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
        throw new ParagrafError(
          'inside-library',
          'refusing to export into the drafts library folder',
          'Välj en annan mapp: utkastens egen mapp kan inte användas.',
        );
      }
      const { protocol } = await load(id);
      try {
        await atomicWriteFile(fs, target, serializeProtocol(protocol));
      } catch (error) {
        throw storageError('export the draft', error);
      }
    },
  };
}
