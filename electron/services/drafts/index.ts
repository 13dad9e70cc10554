export { createDraftLibrary, type DraftLibrary, type DraftLibraryOptions } from './draftLibrary';
export { DraftError } from './draftError';
export type { FsLayer } from './fsLayer';
export { checkDroppedFile } from './droppedFile';
