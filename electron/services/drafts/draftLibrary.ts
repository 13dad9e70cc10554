import { relative, resolve, isAbsolute } from 'node:path';
import type {
  DraftSummary,
  DraftVersion,
  ImportReceipt,
  LoadedDraft,
  SaveReceipt,
} from '../../../shared/ipc/contract';
import { newId } from '../../../shared/protocol/ids';
import { serializeProtocol } from '../../../shared/protocol/parse';
import type { Protocol } from '../../../shared/protocol/protocol';
import { createProtocolFromTemplate } from '../../../shared/template/newProtocol';
import type { Template } from '../../../shared/template/templateSchema';
import { atomicWriteFile, commitTemp, writeTemp } from '../files/atomicWrite';
import {
  CONFLICT_SV,
  conflictCopyId,
  hashText,
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
import { nodeFs, type FsLayer } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';
import { importExternal } from './importExternal';
import { readExternalProtocol } from './importFile';
import { markNewCopies, openImportRegistry } from './importRegistry';
import { createKeyedLock } from './keyedLock';
import { createLibraryLock } from './libraryLock';
import { removeAbandonedTemps } from '../files/ownedTemp';
import { readProtocolFile } from '../files/readProtocolFile';
import { describeVersions } from './versionChanges';

export interface DraftLibraryOptions {
  /** The library folder (in the app: <userData>/drafts). Nothing is written outside it. */
  root: string;
  /** Earlier versions kept per draft. */
  historyLimit?: number;
  /** Minimum age of the newest earlier version before another is kept (spaces out autosaves). */
  historyIntervalMs?: number;
  fs?: FsLayer;
  now?: () => Date;
  log?: (message: string) => void;
  /**
   * Whether a missing root folder is created (the local library). A chosen folder, perhaps on a
   * network share, is never created: when it is missing the share is gone, and creating it would
   * put drafts on the local disk under the share's mount point.
   */
  createRoot?: boolean;
  /** Told after a draft's file was written (its protokoll) or left the library (null). */
  onChange?: (id: string, protocol: Protocol | null) => void;
}

export interface SaveOptions {
  /** Save as a conflict copy whatever the file holds (the draft is being edited elsewhere). */
  asCopy?: boolean;
  /**
   * The content hash the save was edited from, when this instance may not remember it (a save
   * kept locally while the folder was unreachable, written back after a restart).
   */
  baseHash?: string;
}

export interface DraftLibrary {
  readonly root: string;
  list(): Promise<DraftSummary[]>;
  createFromTemplate(
    template: Template,
    options?: { body?: string; date?: string },
  ): Promise<Protocol>;
  load(id: string): Promise<LoadedDraft>;
  save(protocol: Protocol, options?: SaveOptions): Promise<SaveReceipt>;
  /** The content hash this instance last loaded or saved of a draft (for the local journal). */
  knownHash(id: string): string | undefined;
  history(id: string): Promise<DraftVersion[]>;
  restoreVersion(id: string, versionId: string): Promise<Protocol>;
  trash(id: string): Promise<void>;
  listTrash(): Promise<DraftSummary[]>;
  restoreFromTrash(id: string): Promise<Protocol>;
  /** Imports an external .protokoll (validated); a new id when the id is taken. The file is only read. */
  importFile(path: string): Promise<Protocol>;
  /** As importFile, and says whether the same file's draft was opened, updated or copied. */
  importPath(path: string): Promise<ImportReceipt>;
  /** Writes a copy of a draft to a path outside the library. */
  exportCopy(id: string, outPath: string): Promise<void>;
}

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

  /** Remembers the file as this instance wrote or read it; unknown when it cannot be read. */
  async function remember(id: string, text?: string): Promise<void> {
    try {
      seen.set(id, seenFile(hashText(text ?? (await fs.readFile(draftFile(paths, id))))));
    } catch {
      seen.delete(id);
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

  /** The save itself; callers hold the lock for the id. */
  async function write(protocol: Protocol, keepPrevious = false): Promise<SaveReceipt> {
    return (await writeUnlessChanged(protocol, keepPrevious, async () => false))!;
  }

  /**
   * The save, or null without writing anything when `changed` says the file was changed by
   * another instance. Callers hold the lock for the id.
   */
  async function writeUnlessChanged(
    protocol: Protocol,
    keepPrevious: boolean,
    changed: () => Promise<boolean>,
  ): Promise<SaveReceipt | null> {
    const id = assertDraftId(protocol.id);
    const file = draftFile(paths, id);
    // These only read, under the draft's lock: asked at once they cost one network round trip.
    const [isChanged, inTrash, savedAt, listing] = await Promise.all([
      changed(),
      trashBin.has(id),
      mtimeOf(file),
      history.read(id),
    ]).catch((error: unknown) => {
      throw error instanceof ParagrafError ? error : storageError('save the draft', error);
    });
    if (isChanged) return null;
    if (inTrash) {
      throw new ParagrafError(
        'in-trash',
        `draft "${id}" is in the trash; restore it before saving`,
        'Utkastet ligger i papperskorgen. Återställ det innan du sparar.',
      );
    }
    // A draft file that is there proves the folder is; only a new draft needs the check.
    if (!savedAt) await assertReachable();
    const text = serializeProtocol(protocol);
    const at = now();
    let added: string | null = null;
    try {
      const interval = options.historyIntervalMs ?? 0;
      const keep =
        keepPrevious ||
        interval <= 0 ||
        at.getTime() - (await history.newestAt(id, at.getTime(), listing)) >= interval;
      // The previous version is linked into the history while the new one is written; both
      // are durable before the rename makes the new one current.
      const [snapshot, temp] = await Promise.allSettled([
        keep ? history.snapshot(id, file, { listing, savedAt }) : Promise.resolve(null),
        writeTemp(fs, file, text, { mtime: at }),
      ]);
      if (snapshot.status === 'rejected' || temp.status === 'rejected') {
        if (temp.status === 'fulfilled') await fs.unlink(temp.value).catch(() => undefined);
        throw snapshot.status === 'rejected'
          ? snapshot.reason
          : (temp as PromiseRejectedResult).reason;
      }
      added = snapshot.value;
      await commitTemp(fs, temp.value, file);
    } catch (error) {
      if (error instanceof ParagrafError) throw error;
      // Only this process touches its temp file and the folders exist: a path that vanished
      // mid-save means the folder itself went away (a dropped share).
      if (isErrno(error, 'ENOENT')) throw libraryUnreachable('save the draft', error);
      throw storageError('save the draft', error);
    }
    await remember(id, text);
    await history
      .prune(id, at.getTime(), { listing, added })
      .catch((error: unknown) => log(`history prune failed: ${String(error)}`));
    options.onChange?.(id, protocol);
    return { savedAt: at.toISOString() };
  }

  /**
   * A vanished folder (a dropped share, renamed away) shows as ENOENT on drafts/: say so before
   * any step of the save could create folders in its place.
   */
  async function assertReachable(): Promise<void> {
    try {
      await fs.stat(paths.drafts);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) throw libraryUnreachable('save the draft', error);
      throw storageError('save the draft', error);
    }
  }

  async function mtimeOf(file: string): Promise<Date | null> {
    try {
      return (await fs.stat(file)).mtime;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      throw error;
    }
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
