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
