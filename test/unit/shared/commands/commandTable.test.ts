import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/main/menuTemplate';
import {
  acceleratorOf,
  COMMANDS,
  commandTableFor,
  matchesCombo,
  type CommandId,
  type KeyPress,
} from '../../../../shared/commands';
import { OUTPUTS, type OutputRow } from '../../../../shared/outputs';
import { commandOfEvent } from '../../../../renderer/core/commands/commandOfEvent';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

/** The key press a combination describes, as a browser would report it. */
function press(combo: string): KeyPress {
  const parts = combo.split('+');
  const key = parts.pop()!;
  const named: Record<string, string> = { Esc: 'Escape', Plus: '+' };
  const k = named[key] ?? (key.length === 1 ? key.toLowerCase() : key);
  return {
    key: k,
    code: /^[A-Z]$/.test(key) ? `Key${key}` : /^[0-9]$/.test(key) ? `Digit${key}` : k,
    ctrlKey: parts.includes('Ctrl'),
    metaKey: false,
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  };
}

/** What the shortcut list (F1) shows: rows with keys and a group. */
const listed = COMMANDS.filter((c) => c.group && c.keys?.length);

describe('the command table', () => {
  it('gives every command a unique id and every key combination one command', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = COMMANDS.flatMap((c) => c.keys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('builds the menu from the table: every menu accelerator is in the F1 list with the same command', () => {
    const sent: CommandId[] = [];
    const items = flatten(buildMenuTemplate((c) => sent.push(c), 'linux'));
    const withKeys = items.filter((i) => i.accelerator);
    expect(withKeys.length).toBeGreaterThan(10);
    for (const item of withKeys) {
      const row = listed.find((c) => c.label === item.label);
      expect(row, `${String(item.label)} is in the shortcut list`).toBeDefined();
      expect(item.accelerator).toBe(acceleratorOf(row!.keys![0]!));
      if (item.click) {
        (item.click as () => void)();
        expect(sent.at(-1)).toBe(row!.id);
      } else {
        expect(item.role).toBe(row!.role);
      }
    }
    // Every app command with a menu place is in the menu, sending its own id.
    for (const row of COMMANDS.filter((c) => c.menu && c.handler === 'app' && !c.submenu)) {
      const item = items.find((i) => i.label === row.label);
      expect(item, row.label).toBeDefined();
    }
  });

  it('leaves Ctrl+Z and Ctrl+Y to the page, so outside a field they undo a structural edit', () => {
    const items = flatten(buildMenuTemplate(() => undefined, 'linux'));
    for (const role of ['undo', 'redo'] as const) {
      const item = items.find((i) => i.role === role)!;
      expect(item.accelerator).toBeDefined();
      expect(item.registerAccelerator).toBe(false);
    }
    const copy = items.find((i) => i.role === 'copy')!;
    expect(copy.registerAccelerator).toBeUndefined();
  });

  it('lists the file shortcuts a Word user expects, which the old list missed', () => {
    const keys = listed.flatMap((c) => c.keys ?? []);
    for (const k of ['Ctrl+N', 'Ctrl+O', 'Ctrl+W', 'Ctrl+S', 'Ctrl+Shift+E', 'Ctrl+Shift+S']) {
      expect(keys).toContain(k);
    }
  });

  it('maps every key of an app command back to that command in the page', () => {
    for (const row of COMMANDS.filter((c) => c.handler === 'app')) {
      for (const combo of row.keys ?? []) {
        expect(commandOfEvent(press(combo))?.id, combo).toBe(row.id);
      }
    }
    // Keys handled by fields or natively are not taken by the page's command listener.
    for (const row of COMMANDS.filter((c) => c.handler !== 'app')) {
      for (const combo of row.keys ?? []) expect(commandOfEvent(press(combo)), combo).toBeNull();
    }
    expect(matchesCombo('Ctrl+Alt+N', press('Ctrl+N'))).toBe(false);
  });

  it('adds the menu entries of a new document kind from its outputs row alone', () => {
    const extra: OutputRow = {
      kind: 'dagordning',
      label: 'Dagordning',
      formats: ['pdf'],
      takes: [],
      fileName: () => 'Dagordning.pdf',
      build: OUTPUTS[0].build,
      commands: { pdf: { id: 'export-agenda', label: 'Exportera dagordning…' } },
      progress: {},
    };
    const table = commandTableFor([...OUTPUTS, extra]);
    const sent: string[] = [];
    const items = flatten(buildMenuTemplate((c) => sent.push(c), 'linux', undefined, table));
    const item = items.find((i) => i.label === 'Exportera dagordning…');
    (item!.click as () => void)();
    expect(sent).toEqual(['export-agenda']);
  });
});
