import type {
  DraftSummary,
  DraftVersion,
  ImportReceipt,
  LoadedDraft,
  SaveReceipt,
} from '../../../shared/ipc/contract';
import type { Protocol } from '../../../shared/protocol/protocol';
import type { Template } from '../../../shared/template/templateSchema';
import type { FsLayer } from '../files/fsLayer';

export interface DraftLibraryOptions {
  /** The library folder (in the app: <userData>/drafts). Nothing is written outside it. */
  root: string;
  /** Earlier versions kept per draft. */
  historyLimit?: number;
  /** Minimum age of the newest earlier version before another is kept (spaces out autosaves). */
  historyIntervalMs?: number;
  fs?: FsLayer;
  now?: () => Date;
  log?: (message: string) => void;
  /**
   * Whether a missing root folder is created (the local library). A chosen folder, perhaps on a
   * network share, is never created: when it is missing the share is gone, and creating it would
   * put drafts on the local disk under the share's mount point.
   */
  createRoot?: boolean;
  /** Told after a draft's file was written (its protokoll) or left the library (null). */
  onChange?: (id: string, protocol: Protocol | null) => void;
}

export interface SaveOptions {
  /** Save as a conflict copy whatever the file holds (the draft is being edited elsewhere). */
  asCopy?: boolean;
  /**
   * The content hash the save was edited from, when this instance may not remember it (a save
   * kept locally while the folder was unreachable, written back after a restart).
   */
  baseHash?: string;
}

export interface DraftLibrary {
  readonly root: string;
  list(): Promise<DraftSummary[]>;
  createFromTemplate(
    template: Template,
    options?: { body?: string; date?: string },
  ): Promise<Protocol>;
  load(id: string): Promise<LoadedDraft>;
  save(protocol: Protocol, options?: SaveOptions): Promise<SaveReceipt>;
  /** The content hash this instance last loaded or saved of a draft (for the local journal). */
  knownHash(id: string): string | undefined;
  history(id: string): Promise<DraftVersion[]>;
  restoreVersion(id: string, versionId: string): Promise<Protocol>;
  trash(id: string): Promise<void>;
  listTrash(): Promise<DraftSummary[]>;
  restoreFromTrash(id: string): Promise<Protocol>;
  /** Imports an external .protokoll (validated); a new id when the id is taken. The file is only read. */
  importFile(path: string): Promise<Protocol>;
  /** As importFile, and says whether the same file's draft was opened, updated or copied. */
  importPath(path: string): Promise<ImportReceipt>;
  /** Writes a copy of a draft to a path outside the library. */
  exportCopy(id: string, outPath: string): Promise<void>;
}
