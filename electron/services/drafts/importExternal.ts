import { resolve } from 'node:path';
import type { ImportReceipt } from '../../../shared/ipc/contract';
import type { Protocol } from '../../../shared/protocol/protocol';
import { contentHash, type ImportRecord, type ImportRegistry } from './importRegistry';

export interface ImportDeps {
  registry: ImportRegistry;
  /** The validated protocol in the external file (throws a ParagrafError when it is not one). */
  readExternal(path: string): Promise<Protocol>;
  /** Whether the draft is in the library and not in the trash. */
  isLive(id: string): Promise<boolean>;
  /** The draft as saved, or null when it cannot be read. */
  current(id: string): Promise<Protocol | null>;
  /** The draft as opening it shows it (with recovery). */
  open(id: string): Promise<Protocol>;
  /** Saves under a fresh id when the protocol's id is taken; returns what was saved. */
  addNew(protocol: Protocol): Promise<Protocol>;
  /** Overwrites a draft, keeping what it replaces as an earlier version. */
  replace(protocol: Protocol): Promise<void>;
  now(): Date;
  log(message: string): void;
}

/**
 * Imports an external .protokoll, remembering where it came from. Opening the same file again:
 * - unchanged since it was imported: the draft made from it opens (edits and all), no new draft;
 * - changed, and the draft was not edited since the import: the draft takes the file's new
 *   content (the replaced content stays under Versioner);
 * - changed, and the draft was edited: both are kept, the file becomes a new draft marked as
 *   a new copy. Nothing a secretary wrote is ever replaced.
 */
export async function importExternal(deps: ImportDeps, path: string): Promise<ImportReceipt> {
  const incoming = await deps.readExternal(path);
  const hash = contentHash(incoming);
  const live: Array<ImportRecord & { draftId: string }> = [];
  for (const r of await deps.registry.fromPath(path)) {
    if (await deps.isLive(r.draftId)) live.push(r);
  }

  const same = live.find((r) => r.sourceHash === hash);
  if (same) return { protocol: await deps.open(same.draftId), outcome: 'existing' };

  const latest = live[0];
  if (latest) {
    const now = await deps.current(latest.draftId);
    if (now && contentHash(now) === latest.draftHash) {
      const updated = { ...incoming, id: latest.draftId };
      await deps.replace(updated);
      await remember(deps, latest.draftId, {
        sourcePath: latest.sourcePath,
        ...(latest.newCopyOf ? { newCopyOf: latest.newCopyOf } : {}),
        sourceHash: hash,
        draftHash: contentHash(updated),
        importedAt: deps.now().toISOString(),
      });
      return { protocol: updated, outcome: 'updated' };
    }
  }

  const added = await deps.addNew(incoming);
  await remember(deps, added.id, {
    sourcePath: resolve(path),
    sourceHash: hash,
    draftHash: contentHash(added),
    importedAt: deps.now().toISOString(),
    ...(latest ? { newCopyOf: latest.draftId } : {}),
  });
  return { protocol: added, outcome: latest ? 'new-copy' : 'new' };
}

/** The draft is saved already; a registry that cannot be written only loses the link. */
async function remember(deps: ImportDeps, draftId: string, record: ImportRecord): Promise<void> {
  try {
    await deps.registry.put(draftId, record);
  } catch (error) {
    deps.log(`could not record the import of ${record.sourcePath}: ${String(error)}`);
  }
}
