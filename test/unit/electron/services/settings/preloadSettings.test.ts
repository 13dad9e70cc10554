import { expect, it, vi } from 'vitest';
import type { ParagrafApi } from '../../../../../shared/ipc/api';
import { INVOKE_CHANNEL, MENU_CHANNEL } from '../../../../../shared/ipc/contract';

// Electron cannot run here: a stand-in records what the preload registers.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, ((event: unknown, value: unknown) => void)[]>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: '/home/anna/Protokoll' })),
}));
vi.mock('electron', () => ({
  webUtils: { getPathForFile: () => '' },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: vi.fn(),
    on: (channel: string, fn: (e: unknown, v: unknown) => void) => {
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), fn]);
    },
    removeListener: vi.fn(),
  },
}));

it('the preload passes on the settings menu command and exposes the folder dialog', async () => {
  await import('../../../../../electron/preload/preload');
  const api = electron.exposed.get('paragraf') as ParagrafApi;
  const commands: string[] = [];
  api.events.onMenuCommand((c) => commands.push(c));
  for (const sent of ['settings', 'Settings', 'settings ', 'inställningar']) {
    electron.listeners.get(MENU_CHANNEL)?.forEach((fn) => fn({}, sent));
  }
  expect(commands).toEqual(['settings']);
  expect(await api.dialogs.chooseFolder()).toEqual({ ok: true, value: '/home/anna/Protokoll' });
  expect(electron.invoke).toHaveBeenLastCalledWith(
    INVOKE_CHANNEL,
    'dialogs.chooseFolder',
    undefined,
  );
});
