export { createDraftLibrary, type DraftLibrary, type DraftLibraryOptions } from './draftLibrary';
export type { FsLayer } from '../files/fsLayer';
export { checkDroppedFile } from './droppedFile';
