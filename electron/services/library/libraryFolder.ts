import { join } from 'node:path';
import type { LibraryFolderChoice } from '../../../shared/ipc/contract';
import type { FsLayer } from '../files/fsLayer';

const DRAFT_NAME = /^[A-Za-z0-9_-]{1,64}\.protokoll$/;

/** Whether a folder holds a Paragraf library (a drafts/ folder) and how many drafts it has. */
export async function inspectLibraryFolder(
  fs: FsLayer,
  folder: string,
): Promise<LibraryFolderChoice> {
  try {
    const names = await fs.readdir(join(folder, 'drafts'));
    return { folder, hasLibrary: true, draftCount: names.filter((n) => DRAFT_NAME.test(n)).length };
  } catch {
    return { folder, hasLibrary: false, draftCount: 0 };
  }
}
