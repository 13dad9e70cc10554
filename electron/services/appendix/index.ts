export { permittedAppendixPath, pathKey, type AppendixAccess } from './appendixAccess';
export { AppendixReadError, type AppendixReadFailure } from './appendixReadError';
export {
  createAppendixGrants,
  type AppendixGrants,
  type AppendixGrantsOptions,
} from './appendixGrants';
export { importedFromLookup } from './importedFrom';
export { readAppendixFile, type ReadLimits } from './readAppendixFile';
export { appendixGrantsFollowing, appendixGrantsForLibrary, GRANTS_FILE } from './libraryGrants';
