import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { SaveReceipt } from '../../../shared/ipc/contract';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { protocolSchema, type Protocol } from '../../../shared/protocol/protocol';
import { atomicWriteFile } from '../files/atomicWrite';
import { nodeFs, type FsLayer } from '../files/fsLayer';
import { removeAbandonedTemps } from '../files/ownedTemp';
import { isErrno, UNREACHABLE_SV } from './draftError';
import type { DraftLibrary } from './draftLibrary';
import { assertDraftId } from './draftPaths';
import { createKeyedLock } from './keyedLock';

const entrySchema = z.object({
  root: z.string(),
  baseHash: z.string().optional(),
  keptAt: z.string(),
  protocol: protocolSchema,
});
type Entry = z.infer<typeof entrySchema>;

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

export interface PendingSaves {
  /** Saves through the library; when its folder cannot be reached, keeps the draft locally. */
  save(library: DraftLibrary, protocol: Protocol): Promise<SaveReceipt>;
  /** Writes back every kept draft of this library that can be written now. */
  writeBack(library: DraftLibrary): Promise<{ written: number; waiting: number }>;
  /** Retries writeBack with backoff until nothing waits (started after a kept save and at start). */
  start(library: () => DraftLibrary): void;
  stop(): void;
}

const isUnreachable = (error: unknown) =>
  error instanceof ParagrafError && error.code === 'library-unreachable';

/**
 * The local journal of saves that could not reach the library folder: one file per draft in a
 * folder under the user data folder (never on the network share), written atomically, holding
 * the draft and the content hash it was edited from. Written back when the folder returns, with
 * the library's usual check: when the draft was changed elsewhere meanwhile, the kept version
 * becomes a conflict copy and nothing is overwritten.
 */
export function createPendingSaves(options: {
  dir: string;
  fs?: FsLayer;
  log?: (message: string) => void;
  now?: () => Date;
}): PendingSaves {
  const fs = options.fs ?? nodeFs;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const queue = createKeyedLock();
  /** Drafts whose kept version became a conflict copy: later saves go on in the copy. */
  const continuedIn = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = FIRST_RETRY_MS;
  let current: (() => DraftLibrary) | undefined;

  const tag = (root: string) => createHash('sha256').update(root).digest('hex').slice(0, 12);
  const fileOf = (root: string, id: string) =>
    join(options.dir, `${tag(root)}-${assertDraftId(id)}.json`);

  async function read(file: string): Promise<Entry | null> {
    try {
      const parsed = entrySchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) log(`unreadable pending save ${file}: ${String(error)}`);
      return null;
    }
  }

  async function keep(library: DraftLibrary, protocol: Protocol, baseHash?: string) {
    await fs.mkdir(options.dir, { recursive: true });
    const entry: Entry = {
      root: library.root,
      ...(baseHash ? { baseHash } : {}),
      keptAt: now().toISOString(),
      protocol,
    };
    await atomicWriteFile(fs, fileOf(library.root, protocol.id), JSON.stringify(entry));
  }

  /** One save of a kept or new version; callers hold the queue for the id. */
  async function saveOnce(library: DraftLibrary, protocol: Protocol): Promise<SaveReceipt> {
    const copyId = continuedIn.get(protocol.id);
    if (copyId) {
      const receipt = await saveOnce(library, { ...protocol, id: copyId });
      return receipt.conflict ? receipt : { ...receipt, conflict: movedTo(copyId) };
    }
    const file = fileOf(library.root, protocol.id);
    const kept = await read(file);
    const baseHash = kept?.baseHash ?? library.knownHash(protocol.id);
    try {
      const receipt = await library.save(protocol, baseHash ? { baseHash } : {});
      if (kept) await fs.unlink(file).catch(() => undefined);
      if (receipt.conflict) continuedIn.set(protocol.id, receipt.conflict.copyId);
      return receipt;
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      await keep(library, protocol, baseHash);
      log(`library ${library.root} unreachable; draft ${protocol.id} kept in the local journal`);
      schedule();
      return {
        savedAt: now().toISOString(),
        keptLocally: {
          sv: UNREACHABLE_SV,
          en: 'The library folder cannot be reached; the draft is kept locally until it returns.',
        },
      };
    }
  }

  const movedTo = (copyId: string) => ({
    copyId,
    sv: 'Utkastet hade ändrats på annat håll medan nätverksmappen inte gick att nå – din version sparades som en kopia.',
    en: `The draft was changed elsewhere while the folder was unreachable; this version is draft ${copyId}.`,
  });

  async function writeBack(library: DraftLibrary) {
    let names: string[] = [];
    try {
      names = await fs.readdir(options.dir);
    } catch {
      return { written: 0, waiting: 0 };
    }
    // Temp files of a process killed while keeping a save (this journal is never shared).
    await removeAbandonedTemps(fs, options.dir, now().getTime());
    let written = 0;
    let waiting = 0;
    const prefix = `${tag(library.root)}-`;
    for (const name of names.filter((n) => n.startsWith(prefix) && n.endsWith('.json'))) {
      const entry = await read(join(options.dir, name));
      if (!entry || entry.root !== library.root) continue;
      await queue(entry.protocol.id, async () => {
        // A newer save may have written it back (and removed the entry) meanwhile.
        if (!(await read(join(options.dir, name)))) return;
        try {
          const receipt = await saveOnce(library, entry.protocol);
          if (receipt.keptLocally) waiting++;
          else written++;
          if (receipt.conflict) {
            log(
              `kept draft ${entry.protocol.id} became ${receipt.conflict.copyId} (changed elsewhere)`,
            );
          }
        } catch (error) {
          waiting++;
          log(`could not write back kept draft ${entry.protocol.id}: ${String(error)}`);
        }
      });
    }
    return { written, waiting };
  }

  function schedule(): void {
    if (timer || !current) return;
    timer = setTimeout(() => {
      timer = undefined;
      const library = current?.();
      if (!library) return;
      void writeBack(library).then(({ waiting }) => {
        delay = waiting ? Math.min(MAX_RETRY_MS, delay * 2) : FIRST_RETRY_MS;
        if (waiting) schedule();
      });
    }, delay);
    timer.unref?.();
  }

  return {
    save: (library, protocol) => queue(protocol.id, () => saveOnce(library, protocol)),
    writeBack,
    start(library) {
      current = library;
      schedule();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      current = undefined;
    },
  };
}
