import { join } from 'node:path';
import { createAppendixGrants, type AppendixGrants } from './appendixGrants';
import { importedFromLookup } from './importedFrom';

/** The grants file of a drafts library, beside its drafts and imports.json. */
export const GRANTS_FILE = 'appendix-grants.json';

/** Appendix grants kept in the drafts library at `libraryRoot`, as the app wires them. */
export function appendixGrantsForLibrary(
  libraryRoot: string,
  log: (message: string) => void,
): AppendixGrants {
  return createAppendixGrants({
    file: join(libraryRoot, GRANTS_FILE),
    importedFrom: importedFromLookup(libraryRoot),
    log,
  });
}

/**
 * The grants of whichever library is in use now (`root()`), so they move with the library when
 * it is moved or switched in Inställningar.
 */
export function appendixGrantsFollowing(
  root: () => string,
  log: (message: string) => void,
): AppendixGrants {
  const byRoot = new Map<string, AppendixGrants>();
  const current = () => {
    const r = root();
    let grants = byRoot.get(r);
    if (!grants) byRoot.set(r, (grants = appendixGrantsForLibrary(r, log)));
    return grants;
  };
  return {
    grant: (draftId, path) => current().grant(draftId, path),
    accessFor: (draftId) => current().accessFor(draftId),
  };
}
