import { join, relative, resolve, isAbsolute } from 'node:path';
import { idSchema } from '../../../shared/protocol/ids';
import { ParagrafError } from '../../../shared/errors/paragrafError';

/** The extension of a Paragraf document, inside and outside the library. */
export const DRAFT_EXT = '.protokoll';

/**
 * Where everything lives under the library root:
 *   drafts/<id>.protokoll         the current version of each draft
 *   history/<id>/<version>.protokoll  earlier versions
 *   trash/<id>/                   a deleted draft and its history, restorable
 *   quarantine/                   damaged or foreign files, moved aside and never deleted
 *   locks/<key>.lock              held by the process saving or moving a draft (libraryLock.ts)
 *   locks/<id>.edit               names who has a draft open for editing (editLock.ts)
 *   members/                      the bodies' member registers (electron/services/registers)
 *   templates/                    reserved: the kansli's own templates
 *   index.json                    cached list summaries (a cache only: verified against stat)
 *   imports.json                  which external file each imported draft came from
 */
export interface LibraryPaths {
  root: string;
  drafts: string;
  history: string;
  trash: string;
  quarantine: string;
  locks: string;
  index: string;
  imports: string;
  /** The bodies' member registers (see electron/services/registers/registerPaths.ts). */
  members: string;
  /** Reserved for the kansli's own templates; nothing writes here yet. */
  templates: string;
}

export function libraryPaths(root: string): LibraryPaths {
  const abs = resolve(root);
  return {
    root: abs,
    drafts: join(abs, 'drafts'),
    history: join(abs, 'history'),
    trash: join(abs, 'trash'),
    quarantine: join(abs, 'quarantine'),
    locks: join(abs, 'locks'),
    index: join(abs, 'index.json'),
    imports: join(abs, 'imports.json'),
    members: join(abs, 'members'),
    templates: join(abs, 'templates'),
  };
}

/** Refuses anything that is not a plain draft id (so no "../", no separators, no empty). */
export function assertDraftId(id: unknown): string {
  const r = idSchema.safeParse(id);
  if (!r.success) {
    throw new ParagrafError(
      'invalid-id',
      `invalid draft id ${JSON.stringify(String(id).slice(0, 80))}`,
      'Utkastets id är ogiltigt.',
    );
  }
  return r.data;
}

/** Version ids are "<milliseconds>-<random>", as created by the history. */
const VERSION_ID = /^\d{13,16}-[a-z0-9]{1,16}$/;

export function assertVersionId(versionId: unknown): string {
  if (typeof versionId !== 'string' || !VERSION_ID.test(versionId)) {
    throw new ParagrafError(
      'invalid-version',
      `invalid version id ${JSON.stringify(String(versionId).slice(0, 80))}`,
      'Versionen finns inte.',
    );
  }
  return versionId;
}

/** Joins below a folder and proves the result stays inside it (a second fence behind the id checks). */
export function inside(folder: string, ...parts: string[]): string {
  const target = resolve(folder, ...parts);
  const rel = relative(folder, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ParagrafError(
      'outside-library',
      `refusing a path outside the library: ${target}`,
      'Ogiltig sökväg.',
    );
  }
  return target;
}

export function draftFile(paths: LibraryPaths, id: string): string {
  return inside(paths.drafts, `${assertDraftId(id)}${DRAFT_EXT}`);
}

export function historyFolder(paths: Pick<LibraryPaths, 'history'>, id: string): string {
  return inside(paths.history, assertDraftId(id));
}

export function trashFolder(paths: LibraryPaths, id: string): string {
  return inside(paths.trash, assertDraftId(id));
}
