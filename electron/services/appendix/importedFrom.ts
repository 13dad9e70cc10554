import { libraryPaths } from '../drafts/draftPaths';
import { nodeFs } from '../files/fsLayer';
import { openImportRegistry } from '../drafts/importRegistry';

/** The external .protokoll a library draft was imported from (from imports.json), if any. */
export function importedFromLookup(libraryRoot: string) {
  const registry = openImportRegistry(nodeFs, libraryPaths(libraryRoot).imports);
  return async (draftId: string): Promise<string | undefined> =>
    (await registry.get(draftId))?.sourcePath;
}
