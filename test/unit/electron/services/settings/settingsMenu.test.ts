import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, recentFileLabel } from '../../../../../electron/main/menuTemplate';
import {
  createMemorySettingsStore,
  createSettingsService,
} from '../../../../../electron/services/settings';
import type { CommandId } from '../../../../../shared/commands';
import type { Settings } from '../../../../../shared/ipc/contract';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item!.click as () => void)();
}

describe('Arkiv › Inställningar… and Öppna senaste', () => {
  it('sends the settings command on Ctrl+, and keeps every accelerator unique', () => {
    const sent: CommandId[] = [];
    const items = flatten(buildMenuTemplate((c) => sent.push(c), 'linux'));
    const settings = items.find((i) => i.label === 'Inställningar…');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(sent).toEqual(['settings']);
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('lists the recent files, newest first, and opens the one chosen', () => {
    const opened: string[] = [];
    const files = ['/home/anna/Protokoll/ks-2025-03-12.protokoll', 'C:\\Delat\\bun & co.protokoll'];
    const menu = buildMenuTemplate(() => undefined, 'linux', {
      files,
      open: (p) => opened.push(p),
    });
    const arkiv = menu.find((m) => m.label === 'Arkiv')!.submenu as MenuItemConstructorOptions[];
    const recent = arkiv.find((i) => i.label === 'Öppna senaste')!
      .submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label)).toEqual([
      'ks-2025-03-12.protokoll – /home/anna/Protokoll',
      'bun && co.protokoll – C:\\Delat',
    ]);
    click(recent[1]);
    expect(opened).toEqual([files[1]]);
  });

  it('shows a disabled line when there are no recent files', () => {
    const arkiv = buildMenuTemplate(() => undefined, 'darwin')[1]!
      .submenu as MenuItemConstructorOptions[];
    const recent = arkiv.find((i) => i.label === 'Öppna senaste')!
      .submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'Inga senast öppnade filer', enabled: false }]);
  });

  it('labels a file at the root and a bare name', () => {
    expect(recentFileLabel('/ks.protokoll')).toBe('ks.protokoll – /');
    expect(recentFileLabel('ks.protokoll')).toBe('ks.protokoll');
  });
});

describe('settings change listeners', () => {
  it('hear every change of the public settings until they unsubscribe', () => {
    const s = createSettingsService(createMemorySettingsStore());
    const heard: Settings[] = [];
    const off = s.subscribe((v) => heard.push(v));
    s.set({ authorName: 'Anna Lind' });
    s.addRecentFile('/p/ks.protokoll');
    s.setWindowBounds({ width: 900, height: 700, maximized: false });
    expect(heard.map((v) => [v.authorName, v.recentFiles])).toEqual([
      ['Anna Lind', []],
      ['Anna Lind', ['/p/ks.protokoll']],
    ]);
    // A listener's copy is its own: changing it does not change the settings.
    heard[1]!.recentFiles.push('/x.protokoll');
    expect(s.get().recentFiles).toEqual(['/p/ks.protokoll']);
    expect(s.windowBounds()).toMatchObject({ width: 900, height: 700 });
    off();
    s.set({ openAfterExport: true });
    expect(heard).toHaveLength(2);
  });
});
