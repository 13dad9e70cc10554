import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { DIRTY_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/contract';
import { guardSender, type Dispatch } from '../services/ipcDispatcher';
import { isTrustedSender } from '../services/senderPolicy';

function senderUrl(event: IpcMainInvokeEvent | IpcMainEvent): string {
  // The frame that sent the message, not the window's top URL: an iframe is checked on its own.
  return event.senderFrame?.url ?? '';
}

/** The single invoke channel and the dirty flag, both answering only the app's own page. */
export function wireIpc(
  dispatch: Dispatch,
  setDirty: (dirty: boolean) => void,
  log: (m: string) => void,
): void {
  const guarded = guardSender(dispatch, log);
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) =>
    guarded(senderUrl(event), channel, payload),
  );
  ipcMain.on(DIRTY_CHANNEL, (event, dirty: unknown) => {
    if (!isTrustedSender(senderUrl(event))) {
      log('ignored dirty flag from an untrusted sender');
      return;
    }
    setDirty(dirty === true);
  });
}
