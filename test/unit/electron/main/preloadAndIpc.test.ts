import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParagrafApi } from '../../../../shared/ipc/api';
import {
  DIRTY_CHANNEL,
  INVOKE_CHANNEL,
  MENU_CHANNEL,
  OPEN_DRAFT_CHANNEL,
  channels,
} from '../../../../shared/ipc/contract';

// Electron cannot run here: a stand-in records what the preload and main wiring register.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((event: unknown, value: unknown) => void)[]>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    mainListeners: new Map<string, (event: unknown, value: unknown) => void>(),
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
    send: vi.fn(),
    pathForFile: vi.fn((file: { name: string }) => `/home/sekreterare/${file.name}`),
  };
});
vi.mock('electron', () => ({
  webUtils: { getPathForFile: electron.pathForFile },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, fn: (e: unknown, v: unknown) => void) => {
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), fn]);
    },
    removeListener: (channel: string, fn: (e: unknown, v: unknown) => void) => {
      electron.listeners.set(
        channel,
        (electron.listeners.get(channel) ?? []).filter((f) => f !== fn),
      );
    },
  },
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) =>
      electron.handlers.set(channel, fn),
    on: (channel: string, fn: (event: unknown, value: unknown) => void) =>
      electron.mainListeners.set(channel, fn),
  },
}));

const emit = (channel: string, value: unknown) =>
  electron.listeners.get(channel)?.forEach((fn) => fn({}, value));

describe('preload', () => {
  let api: ParagrafApi;
  beforeEach(async () => {
    await import('../../../../electron/preload/preload');
    api = electron.exposed.get('paragraf') as ParagrafApi;
  });

  it('exposes only window.paragraf with one function per contract channel', async () => {
    expect([...electron.exposed.keys()]).toEqual(['paragraf']);
    const names = Object.entries(api)
      .filter(([area]) => area !== 'events' && area !== 'files')
      .flatMap(([area, fns]) => Object.keys(fns as object).map((n) => `${area}.${n}`));
    expect(names.sort()).toEqual(Object.keys(channels).sort());
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipcRenderer');
    expect(await api.drafts.load('d-1')).toEqual({ ok: true, value: 'answer' });
    expect(electron.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, 'drafts.load', 'd-1');
  });

  it('passes on only valid menu commands and draft ids, and sends the dirty flag as a boolean', () => {
    const commands: string[] = [];
    const off = api.events.onMenuCommand((c) => commands.push(c));
    emit(MENU_CHANNEL, 'save');
    emit(MENU_CHANNEL, 'rm -rf');
    off();
    emit(MENU_CHANNEL, 'new');
    expect(commands).toEqual(['save']);
    const ids: string[] = [];
    api.events.onOpenDraft((id) => ids.push(id));
    emit(OPEN_DRAFT_CHANNEL, '../../x');
    emit(OPEN_DRAFT_CHANNEL, 'draft-1');
    expect(ids).toEqual(['draft-1']);
    api.events.setDirty(true);
    expect(electron.send).toHaveBeenLastCalledWith(DIRTY_CHANNEL, true);
  });

  it('gives the path of a dropped File through webUtils, and nothing for anything else', () => {
    const file = new File(['{}'], 'ks.protokoll');
    expect(api.files.pathForFile(file)).toBe('/home/sekreterare/ks.protokoll');
    expect(electron.pathForFile).toHaveBeenCalledWith(file);
    for (const notAFile of ['/etc/passwd', { name: 'x.protokoll' }, null, undefined]) {
      expect(api.files.pathForFile(notAFile)).toBe('');
    }
    expect(electron.pathForFile).toHaveBeenCalledTimes(1);
  });
});

describe('main IPC wiring', () => {
  it('answers the app page and refuses other frames, for calls and the dirty flag', async () => {
    const { wireIpc } = await import('../../../../electron/main/ipcWiring');
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 1 }));
    let dirty = false;
    wireIpc(
      dispatch,
      (d) => (dirty = d),
      () => undefined,
    );
    const handle = electron.handlers.get(INVOKE_CHANNEL)!;
    const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });
    expect(await handle(from('app://paragraf/index.html'), 'drafts.list', undefined)).toEqual({
      ok: true,
      value: 1,
    });
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', undefined]) {
      expect(await handle(from(url), 'drafts.list', undefined)).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(dispatch).toHaveBeenCalledTimes(1);
    const onDirty = electron.mainListeners.get(DIRTY_CHANNEL)!;
    onDirty(from('https://evil.example/'), true);
    expect(dirty).toBe(false);
    onDirty(from('app://paragraf/index.html'), true);
    expect(dirty).toBe(true);
  });
});
