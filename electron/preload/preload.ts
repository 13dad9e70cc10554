/**
 * The preload: the only bridge between the page and the main process. It exposes
 * window.paragraf (named functions built from the IPC contract), never ipcRenderer itself.
 * Bundled into one CommonJS file because sandboxed preloads cannot require other files.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { CommandId } from '../../shared/commands/commandTable';
import { buildApi, type ParagrafApi } from '../../shared/ipc/api';
import {
  channels,
  DIRTY_CHANNEL,
  INVOKE_CHANNEL,
  MENU_CHANNEL,
  OPEN_DRAFT_CHANNEL,
  type Channel,
} from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A command id of the command table (the page's bus ignores ids it has no handler for). */
const COMMAND_ID = /^[a-z][a-z0-9-]{0,39}$/;

function subscribe<T>(
  channel: string,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void,
): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const events: ParagrafApi['events'] = {
  onMenuCommand: (listener) =>
    subscribe(
      MENU_CHANNEL,
      (v): v is CommandId => typeof v === 'string' && COMMAND_ID.test(v),
      listener,
    ),
  onOpenDraft: (listener) =>
    subscribe(
      OPEN_DRAFT_CHANNEL,
      (v): v is string => typeof v === 'string' && DRAFT_ID.test(v),
      listener,
    ),
  setDirty: (dirty) => ipcRenderer.send(DIRTY_CHANNEL, dirty === true),
};

const invoke = (channel: Channel, payload: unknown) =>
  ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload) as Promise<IpcResult<unknown>>;

// File.path is gone (Electron 32+); only the preload can ask for a dropped file's path. The
// path is just a string to the page: main checks it again before reading anything.
const files = {
  pathForFile: (file: unknown): string => {
    if (!(file instanceof File)) return '';
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
};

contextBridge.exposeInMainWorld(
  'paragraf',
  buildApi(invoke, events, Object.keys(channels) as Channel[], files),
);
