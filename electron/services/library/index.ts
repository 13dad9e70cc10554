export {
  createLibraryHome,
  type LibraryHome,
  type OpenedLibrary,
  type RelocateMode,
} from './libraryHome';
export { openLibraryAt, osUserName, type OpenLibraryOptions } from './openLibrary';
export { inspectLibraryFolder } from './libraryFolder';
export { copyLibraryVerified, movedAwayName } from './moveLibrary';
