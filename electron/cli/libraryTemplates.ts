import { stat } from 'node:fs/promises';
import { createOwnTemplates, type OwnTemplates } from '../services/templates/ownTemplates';
import { resolveUserPath } from './options';

/**
 * The own templates of the library at `folder` (as typed by the user), as the app keeps them in
 * `<library>/templates/`; or the English reason it cannot be read. A folder that does not exist
 * is refused rather than listed as a library without templates.
 */
export async function libraryTemplates(
  folder: string,
): Promise<{ ok: true; templates: OwnTemplates } | { ok: false; en: string }> {
  const root = resolveUserPath(folder);
  const found = await stat(root).catch(() => undefined);
  if (!found?.isDirectory()) return { ok: false, en: `--library: ${folder} is not a folder` };
  return { ok: true, templates: createOwnTemplates({ root: () => root }) };
}
