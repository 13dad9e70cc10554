import { join } from 'node:path';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import {
  bodyKey,
  ledamoterOn,
  registerSchema,
  type Register,
} from '../../../shared/register/registerSchema';
import type { DraftVersion } from '../../../shared/ipc/contract';
import type { RegisterSaveReceipt, RegisterSummary } from '../../../shared/register/registerTypes';
import { createDraftHistory } from '../drafts/draftHistory';
import { isErrno, libraryUnreachable, storageError } from '../drafts/draftError';
import { createKeyedLock } from '../drafts/keyedLock';
import { createLibraryLock } from '../drafts/libraryLock';
import { commitTemp, writeTemp } from '../files/atomicWrite';
import { nodeFs, type FsLayer } from '../files/fsLayer';
import { mkdirBelow } from '../files/mkdirBelow';
import { FileRefusedError, readRegularFile } from '../files/readRegularFile';
import { MAX_REGISTER_FILE_BYTES, parseRegisterText, registerRefused } from './readRegister';
import {
  REGISTER_FILE_EXT,
  registerFile,
  registerPaths,
  registerSlug,
  type RegisterPaths,
} from './registerPaths';

export interface RegisterStore {
  list(): Promise<RegisterSummary[]>;
  /** The body's register, or null when it has none; a damaged file is an error, never replaced. */
  load(body: string): Promise<Register | null>;
  /** Writes atomically; the previous version is kept in the register's history. */
  save(register: Register): Promise<RegisterSaveReceipt>;
  /** Earlier versions of the body's register, newest first. */
  versions(body: string): Promise<DraftVersion[]>;
  /** Makes an earlier version current again; the one it replaces is kept as a version. */
  restoreVersion(body: string, versionId: string): Promise<Register>;
}

export interface RegisterStoreOptions {
  /** The library folder now (it may move while the app runs). */
  root: () => string;
  fs?: FsLayer;
  now?: () => Date;
  historyLimit?: number;
  log?: (message: string) => void;
}

/**
 * The member registers of a library (electron-free): one file per body beside the drafts,
 * written with the atomic writer and versioned with the drafts' history, under the same
 * cross-process lock so two secretaries on a shared folder never interleave a save.
 */
export function createRegisterStore(options: RegisterStoreOptions): RegisterStore {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const inProcess = createKeyedLock();
  const limit = Math.max(1, options.historyLimit ?? 20);

  const paths = () => registerPaths(options.root());
  const lock = <T>(p: RegisterPaths, key: string, task: () => Promise<T>) =>
    inProcess(key, () => createLibraryLock(fs, p.locks)(`register-${key}`, task));

  async function readText(file: string): Promise<string | null> {
    try {
      const bytes = await readRegularFile(fs, file, MAX_REGISTER_FILE_BYTES);
      return new TextDecoder('utf-8').decode(bytes);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      if (error instanceof FileRefusedError) throw registerRefused(error);
      if (error instanceof ParagrafError) throw error;
      throw storageError('read the member register', error);
    }
  }

  async function load(body: string): Promise<Register | null> {
    const p = paths();
    const file = registerFile(p, body);
    const text = await readText(file);
    if (text === null) return null;
    const register = parseRegisterText(text, file);
    // The hash in the name makes another body's file here all but impossible; never mix them.
    return bodyKey(register.body) === bodyKey(body) ? register : null;
  }

  async function isDamaged(file: string): Promise<boolean> {
    try {
      const text = await readText(file);
      if (text !== null) parseRegisterText(text, file);
      return false;
    } catch (error) {
      if (error instanceof ParagrafError && error.code !== 'library-unreachable') return true;
      throw error;
    }
  }

  const historyOf = (p: RegisterPaths) => createDraftHistory(fs, p, limit, REGISTER_FILE_EXT);

  async function save(input: Register): Promise<RegisterSaveReceipt> {
    const at = now();
    const register = registerSchema.parse({ ...input, updatedAt: at.toISOString() });
    const p = paths();
    const slug = registerSlug(register.body);
    const file = registerFile(p, register.body);
    const history = historyOf(p);
    return lock(p, slug, async () => {
      try {
        await fs.stat(p.root);
      } catch (error) {
        throw libraryUnreachable('save the member register', error);
      }
      try {
        await mkdirBelow(fs, p.root, p.folder);
        const replacedDamaged = await isDamaged(file);
        // The version being replaced is kept first, so no save can lose a register.
        await history.snapshot(slug, file);
        const temp = await writeTemp(fs, file, `${JSON.stringify(register, null, 2)}\n`, {
          mtime: at,
        });
        await commitTemp(fs, temp, file);
        await history
          .prune(slug, at.getTime())
          .catch((error: unknown) => log(`register history prune failed: ${String(error)}`));
        if (replacedDamaged) log(`member register ${file} was damaged; kept as a version`);
        return { savedAt: at.toISOString(), ...(replacedDamaged ? { replacedDamaged } : {}) };
      } catch (error) {
        if (error instanceof ParagrafError) throw error;
        throw storageError('save the member register', error);
      }
    });
  }

  return {
    load,

    async list() {
      const p = paths();
      let names: string[];
      try {
        names = (await fs.readdir(p.folder)).filter((n) => n.endsWith(REGISTER_FILE_EXT));
      } catch (error) {
        if (isErrno(error, 'ENOENT')) return [];
        throw storageError('list the member registers', error);
      }
      const out: RegisterSummary[] = [];
      for (const name of names.sort()) {
        const file = join(p.folder, name);
        try {
          const text = await readText(file);
          if (text === null) continue;
          const r = parseRegisterText(text, file);
          out.push({
            body: r.body,
            ledamoter: ledamoterOn(r, now().toISOString().slice(0, 10)).length,
            ersattare: r.people.filter((x) => x.kind === 'ersattare').length,
            updatedAt: r.updatedAt,
          });
        } catch (error) {
          log(`member register ${name} cannot be read: ${String(error)}`);
          out.push({ body: name, ledamoter: 0, ersattare: 0, updatedAt: '', damaged: true });
        }
      }
      return out.sort((a, b) => a.body.localeCompare(b.body, 'sv'));
    },

    save,

    async versions(body) {
      const p = paths();
      try {
        return await historyOf(p).list(registerSlug(body));
      } catch (error) {
        throw storageError('list the register versions', error);
      }
    },

    async restoreVersion(body, versionId) {
      const p = paths();
      const file = historyOf(p).pathOf(registerSlug(body), versionId);
      const text = await readText(file);
      if (text === null) {
        throw new ParagrafError(
          'version-not-found',
          `version ${versionId} of the register of ${body} does not exist`,
          'Versionen finns inte.',
        );
      }
      const register = parseRegisterText(text, file);
      if (bodyKey(register.body) !== bodyKey(body)) {
        throw new ParagrafError(
          'version-damaged',
          `version ${versionId} holds the register of another body`,
          'Den valda versionen hör till ett annat organ.',
        );
      }
      const { savedAt } = await save(register);
      return { ...register, updatedAt: savedAt };
    },
  };
}
