import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { inside } from '../drafts/draftPaths';
import { bodyKey } from '../../../shared/register/registerSchema';

/** The current register of a body in the library's members folder. */
export const REGISTER_FILE_EXT = '.register.json';

/**
 * Where registers live under the library root:
 *   members/<slug>.register.json                 the current register of each body
 *   members/history/<slug>/<version>.register.json  earlier versions (as drafts keep theirs)
 */
export interface RegisterPaths {
  root: string;
  folder: string;
  history: string;
  locks: string;
}

export function registerPaths(root: string): RegisterPaths {
  const folder = join(root, 'members');
  return { root, folder, history: join(folder, 'history'), locks: join(root, 'locks') };
}

/**
 * A body's file name: readable letters of the name and a hash of it, so "Kommunstyrelsen" and
 * "Kommunstyrelsens AU" never share a file and no name can leave the folder.
 */
export function registerSlug(body: string): string {
  const key = bodyKey(body);
  const readable = key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 10);
  return `${readable || 'organ'}-${hash}`;
}

export function registerFile(paths: RegisterPaths, body: string): string {
  return inside(paths.folder, `${registerSlug(body)}${REGISTER_FILE_EXT}`);
}
