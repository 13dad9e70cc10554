import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { DraftSummary } from '../../../shared/ipc/contract';
import { serializeProtocol } from '../../../shared/protocol/parse';
import type { Protocol } from '../../../shared/protocol/protocol';
import { atomicWriteFile } from '../files/atomicWrite';
import type { FsLayer } from '../files/fsLayer';

/**
 * Which external file each imported draft came from, so opening the same file again finds its
 * draft instead of making another. Kept in its own small file (imports.json), written atomically
 * after the draft itself: a crash in between loses only the link (the next open makes a new
 * draft), never a document. An unreadable registry counts as empty for the same reason.
 */
const recordSchema = z.object({
  /** Absolute path of the external file as opened. */
  sourcePath: z.string(),
  /** Content hash of the file when it was imported (of the validated protocol, so formatting is ignored). */
  sourceHash: z.string(),
  /** Content hash of the draft as imported; a different hash now means it was edited since. */
  draftHash: z.string(),
  importedAt: z.string(),
  /** Set when the file had changed and the draft was edited, so this import became a new copy. */
  newCopyOf: z.string().optional(),
});
const registrySchema = z.object({
  registryVersion: z.literal(1),
  records: z.record(z.string(), recordSchema),
});
export type ImportRecord = z.infer<typeof recordSchema>;

/** Content hash of a protocol, independent of the id it has in the library. */
export function contentHash(protocol: Protocol): string {
  return createHash('sha256')
    .update(serializeProtocol({ ...protocol, id: 'x' }))
    .digest('hex');
}

/** Paths compare case-insensitively where the file system usually does. */
export function sourceKey(path: string): string {
  const abs = resolve(path);
  return process.platform === 'win32' || process.platform === 'darwin' ? abs.toLowerCase() : abs;
}

export interface ImportRegistry {
  /** Records of drafts imported from this path, newest first. */
  fromPath(path: string): Promise<Array<ImportRecord & { draftId: string }>>;
  get(draftId: string): Promise<ImportRecord | undefined>;
  put(draftId: string, record: ImportRecord): Promise<void>;
  /** Draft id → source path of the drafts imported as new copies. */
  newCopies(): Promise<Map<string, string>>;
}

export function openImportRegistry(fs: FsLayer, file: string): ImportRegistry {
  async function read(): Promise<Record<string, ImportRecord>> {
    const records = Object.create(null) as Record<string, ImportRecord>;
    try {
      const parsed = registrySchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      if (parsed.success) Object.assign(records, parsed.data.records);
    } catch {
      // Missing or damaged: no links, so files are imported as new drafts.
    }
    return records;
  }
  return {
    async fromPath(path) {
      const key = sourceKey(path);
      const records = await read();
      return Object.entries(records)
        .filter(([, r]) => sourceKey(r.sourcePath) === key)
        .map(([draftId, r]) => ({ ...r, draftId }))
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },
    async get(draftId) {
      const records = await read();
      return Object.hasOwn(records, draftId) ? records[draftId] : undefined;
    },
    async put(draftId, record) {
      const records = await read();
      records[draftId] = record;
      await atomicWriteFile(fs, file, JSON.stringify({ registryVersion: 1, records }));
    },
    async newCopies() {
      const records = await read();
      return new Map(
        Object.entries(records)
          .filter(([, r]) => r.newCopyOf !== undefined)
          .map(([id, r]) => [id, r.sourcePath]),
      );
    },
  };
}

/**
 * A draft made because the file had changed while its first draft had been edited says so in
 * the list ("Protokoll – ny kopia av ks.protokoll"), so the two can be told apart.
 */
export async function markNewCopies(
  summaries: DraftSummary[],
  registry: ImportRegistry,
): Promise<DraftSummary[]> {
  const copies = await registry.newCopies();
  return summaries.map((s) => {
    const source = copies.get(s.id);
    return source ? { ...s, title: `${s.title} – ny kopia av ${basename(source)}` } : s;
  });
}
