import { mkdir, readFile, realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { idSchema } from '../../../shared/protocol/ids';
import { atomicWriteFile } from '../files/atomicWrite';
import { nodeFs } from '../files/fsLayer';
import { pathKey, type AppendixAccess } from './appendixAccess';
import { AppendixReadError } from './appendixReadError';

/** Files remembered per draft; the oldest are forgotten first (a draft rarely has 20). */
const MAX_GRANTS_PER_DRAFT = 500;

const grantsFileSchema = z.object({
  grantsVersion: z.literal(1),
  drafts: z.record(idSchema, z.array(z.string().max(4096)).max(MAX_GRANTS_PER_DRAFT)),
});

export interface AppendixGrants {
  /**
   * Remembers that the user chose `path` in the appendix dialog for the draft (by its real
   * path, so a link swapped later leads nowhere). Throws an AppendixReadError when it cannot
   * be resolved.
   */
  grant(draftId: string, path: string): Promise<void>;
  /** What an export of the draft may read: its granted files and its imported file's folder. */
  accessFor(draftId: string): Promise<AppendixAccess>;
}

export interface AppendixGrantsOptions {
  /** Where the grants are kept, e.g. <library>/appendix-grants.json. */
  file: string;
  /** The external file a draft was imported from, if it was. */
  importedFrom(draftId: string): Promise<string | undefined>;
  log(message: string): void;
}

/**
 * The appendix files each draft may read, kept in main and on disk beside the drafts: a PDF
 * chosen last week still exports when the draft is reopened, while a path typed into a draft
 * (or sent by the page) grants nothing. A grants file that cannot be read counts as empty:
 * the worst outcome is that the secretary picks the PDF again.
 */
export function createAppendixGrants(options: AppendixGrantsOptions): AppendixGrants {
  let grants: Promise<Map<string, string[]>> | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function load(): Promise<Map<string, string[]>> {
    try {
      const parsed = grantsFileSchema.safeParse(JSON.parse(await readFile(options.file, 'utf8')));
      if (parsed.success) return new Map(Object.entries(parsed.data.drafts));
      options.log(`appendix grants in ${options.file} are malformed; starting empty`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        options.log(`appendix grants in ${options.file} unreadable: ${String(err)}`);
      }
    }
    return new Map();
  }
  const all = () => (grants ??= load());

  return {
    async grant(draftId, path) {
      const id = idSchema.parse(draftId);
      let real: string;
      try {
        real = pathKey(await realpath(path));
      } catch (err) {
        throw new AppendixReadError('refused', `chosen appendix ${path}: ${String(err)}`);
      }
      const map = await all();
      const files = (map.get(id) ?? []).filter((f) => f !== real);
      map.set(id, [...files, real].slice(-MAX_GRANTS_PER_DRAFT));
      const text = JSON.stringify({ grantsVersion: 1, drafts: Object.fromEntries(map) });
      // One write at a time, each with everything granted so far.
      const write = writing.then(async () => {
        await mkdir(dirname(options.file), { recursive: true });
        await atomicWriteFile(nodeFs, options.file, text);
      });
      writing = write.catch(() => undefined);
      await write.catch((err: unknown) => {
        // The grant holds until the app quits; only reopening later would ask again.
        options.log(`could not save appendix grants: ${String(err)}`);
      });
    },
    async accessFor(draftId) {
      const files = (await all()).get(draftId) ?? [];
      const source = await options.importedFrom(draftId).catch(() => undefined);
      return {
        grantedFiles: new Set(files),
        ...(source ? { baseDir: dirname(source) } : {}),
      };
    },
  };
}
