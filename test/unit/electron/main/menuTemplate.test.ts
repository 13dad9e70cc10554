import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/main/menuTemplate';
import type { CommandId } from '../../../../shared/commands';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('application menu', () => {
  it('has the Swedish menus with the usual shortcuts, each sending its command', () => {
    const sent: CommandId[] = [];
    const menu = buildMenuTemplate((c) => sent.push(c), 'linux');
    expect(menu.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    const items = flatten(menu);
    const expected: [string, string, CommandId][] = [
      ['Nytt', 'CmdOrCtrl+N', 'new'],
      ['Öppna…', 'CmdOrCtrl+O', 'open'],
      ['Spara', 'CmdOrCtrl+S', 'save'],
      ['Spara som…', 'CmdOrCtrl+Shift+S', 'save-as'],
      ['Exportera PDF…', 'CmdOrCtrl+E', 'export-pdf'],
      ['Exportera DOCX…', 'CmdOrCtrl+Shift+E', 'export-docx'],
      ['Stäng', 'CmdOrCtrl+W', 'close'],
    ];
    for (const [label, accelerator, command] of expected) {
      const item = items.find((i) => i.label === label);
      expect(item?.accelerator).toBe(accelerator);
      (item!.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
    for (const label of ['Förhandsgranska', 'Kortkommandon', 'Om Paragraf']) {
      (items.find((i) => i.label === label)!.click as () => void)();
    }
    expect(sent.slice(-3)).toEqual(['preview', 'shortcuts', 'about']);
    const roles = items.map((i) => i.role).filter(Boolean);
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
    ]) {
      expect(roles).toContain(role);
    }
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('adds the app menu on macOS', () => {
    const menu = buildMenuTemplate(() => undefined, 'darwin');
    expect(menu[0]!.label).toBe('Paragraf');
    expect(menu[1]!.label).toBe('Arkiv');
  });
});
