import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Channel } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { createDraftLibrary } from '../../../electron/services/drafts';
import { createInterimDispatcher } from './interimDispatcher';

export type Dispatch = (channel: Channel, payload: unknown) => Promise<IpcResult<unknown>>;

export interface StubDialogs {
  /** What the next open dialog returns; null means the user cancelled. */
  nextOpenPath: string | null;
  /** What the next save dialog returns; null means the user cancelled. */
  nextSavePath: string | null;
  /** The file names main suggested to the save dialog, in order. */
  suggestedNames: string[];
}

const dispatcherModule = fileURLToPath(
  new URL('../../../electron/services/ipcDispatcher.ts', import.meta.url),
);

/** The main-process services the app talks to, over a real drafts library in `libraryDir`. */
export async function createServices(
  libraryDir: string,
  dialogs: StubDialogs,
): Promise<{
  dispatch: Dispatch;
  close(): Promise<void>;
}> {
  const drafts = createDraftLibrary({ root: libraryDir });
  if (!existsSync(dispatcherModule)) {
    return { dispatch: createInterimDispatcher(drafts, dialogs), close: async () => {} };
  }
  throw new Error('the real dispatcher exists: wire it into test/e2e/harness/services.ts');
}
