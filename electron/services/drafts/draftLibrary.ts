import { join, relative, resolve, isAbsolute } from 'node:path';
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
import { atomicWriteFile, isTempFile } from './atomicWrite';
import { DraftError, isErrno, storageError } from './draftError';
import { createDraftHistory } from './draftHistory';
import { openDraftIndex, type DraftIndex } from './draftIndex';
import { listDrafts } from './draftList';
import { assertDraftId, draftFile, libraryPaths } from './draftPaths';
import { loadWithRecovery } from './draftRecovery';
import { createDraftTrash } from './draftTrash';
import { nodeFs, type FsLayer } from './fsLayer';
import { importExternal } from './importExternal';
import { readExternalProtocol } from './importFile';
import { markNewCopies, openImportRegistry } from './importRegistry';
import { createKeyedLock } from './keyedLock';
import { readDraftFile } from './readDraftFile';
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
}

export interface DraftLibrary {
  readonly root: string;
  list(): Promise<DraftSummary[]>;
  createFromTemplate(
    template: Template,
    options?: { body?: string; date?: string },
  ): Promise<Protocol>;
  load(id: string): Promise<LoadedDraft>;
  save(protocol: Protocol): Promise<SaveReceipt>;
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
  const lock = createKeyedLock();
  const recoveryDeps = { fs, paths, history, now, log };
  const imports = openImportRegistry(fs, paths.imports);
  let ready: Promise<void> | undefined;
  let index: Promise<DraftIndex> | undefined;

  /** Creates the folders and removes temp files left by a save that was interrupted. */
  function ensureReady(): Promise<void> {
    ready ??= (async () => {
      for (const dir of [paths.drafts, paths.history, paths.trash]) {
        await fs.mkdir(dir, { recursive: true });
      }
      for (const name of await fs.readdir(paths.drafts)) {
        if (isTempFile(name)) await fs.unlink(join(paths.drafts, name)).catch(() => undefined);
      }
    })().catch((error: unknown) => {
      ready = undefined;
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

  /** The save itself; callers hold the lock for the id. */
  async function write(protocol: Protocol, keepPrevious = false): Promise<SaveReceipt> {
    const id = assertDraftId(protocol.id);
    if (await trashBin.has(id)) {
      throw new DraftError(
        'in-trash',
        `draft "${id}" is in the trash; restore it before saving`,
        'Utkastet ligger i papperskorgen. Återställ det innan du sparar.',
      );
    }
    const file = draftFile(paths, id);
    const text = serializeProtocol(protocol);
    const at = now();
    try {
      const interval = options.historyIntervalMs ?? 0;
      if (
        keepPrevious ||
        interval <= 0 ||
        at.getTime() - (await history.newestAt(id)) >= interval
      ) {
        await history.snapshot(id, file);
      }
      await atomicWriteFile(fs, file, text);
    } catch (error) {
      throw error instanceof DraftError ? error : storageError('save the draft', error);
    }
    await history
      .prune(id)
      .catch((error: unknown) => log(`history prune failed: ${String(error)}`));
    return { savedAt: at.toISOString() };
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
    return lock(id, () => loadWithRecovery(recoveryDeps, id));
  }

  /** One import at a time, so two opens of the same file cannot both make a draft. */
  async function importPath(path: string): Promise<ImportReceipt> {
    await ensureReady();
    const receipt = await lock(':imports', () =>
      importExternal(
        {
          registry: imports,
          readExternal: (p) => readExternalProtocol(fs, p, paths.root),
          isLive: async (id) => (await exists(id)) && !(await trashBin.has(id)),
          current: async (id) => {
            const r = await readDraftFile(fs, draftFile(paths, id)).catch(() => null);
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
      return markNewCopies(await listDrafts(fs, paths, history, await index), imports);
    },

    async createFromTemplate(template, opts = {}) {
      await ensureReady();
      const id = await freshId();
      const protocol = createProtocolFromTemplate(template, { id, now: now(), ...opts });
      await lock(id, () => write(protocol));
      return protocol;
    },

    async save(protocol) {
      await ensureReady();
      return lock(assertDraftId(protocol.id), () => write(protocol));
    },

    async history(id) {
      assertDraftId(id);
      await ensureReady();
      return describeVersions(await history.list(id), (v) =>
        readDraftFile(fs, history.pathOf(id, v.versionId)).then(
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
        const r = await readDraftFile(fs, file).catch((error: unknown) => {
          if (isErrno(error, 'ENOENT')) {
            throw new DraftError(
              'version-not-found',
              `version ${versionId} of draft "${id}" does not exist`,
              'Versionen finns inte.',
            );
          }
          throw storageError('read the version', error);
        });
        if (!r.ok || r.value.id !== id) {
          throw new DraftError(
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
          throw error instanceof DraftError
            ? error
            : storageError('move the draft to the trash', error);
        }),
      );
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
          throw error instanceof DraftError
            ? error
            : storageError('restore the draft from the trash', error);
        }),
      );
      return (await load(id)).protocol;
    },

    async importFile(path) {
      return (await importPath(path)).protocol;
    },

    importPath,

    async exportCopy(id, outPath) {
      const target = resolve(outPath);
      const rel = relative(paths.root, target);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
        throw new DraftError(
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
