import type { MenuItemConstructorOptions } from 'electron';
import {
  acceleratorOf,
  COMMANDS,
  type CommandId,
  type CommandRow,
  type MenuName,
  type MenuPlace,
} from '../../shared/commands';

/** Arkiv › Öppna senaste: the settings' recent files; main opens the one chosen. */
export interface RecentFilesMenu {
  files: readonly string[];
  open(path: string): void;
}

/** "ks.protokoll – /home/anna/Protokoll": the name first, then where it is. */
export function recentFileLabel(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const name = path.slice(cut + 1);
  const folder = cut > 0 ? path.slice(0, cut) : path.slice(0, cut + 1);
  // "&" marks a mnemonic in Windows menus; "&&" shows it as itself.
  return (folder ? `${name} – ${folder}` : name).replace(/&/g, '&&');
}

function recentSubmenu(recent: RecentFilesMenu): MenuItemConstructorOptions[] {
  if (recent.files.length === 0) return [{ label: 'Inga senast öppnade filer', enabled: false }];
  return recent.files.map((path) => ({
    label: recentFileLabel(path),
    click: () => recent.open(path),
  }));
}

const MENUS: readonly MenuName[] = ['Paragraf', 'Arkiv', 'Redigera', 'Visa', 'Hjälp'];

function placesOf(row: CommandRow): readonly MenuPlace[] {
  if (!row.menu) return [];
  return Array.isArray(row.menu) ? row.menu : [row.menu as MenuPlace];
}

/**
 * The Swedish application menu, generated from the command table. Pure data (the electron import
 * is for types only) so it is tested in Node. App commands go to the renderer through `send`;
 * native ones use Electron's built-in roles.
 */
export function buildMenuTemplate(
  send: (command: CommandId) => void,
  platform: NodeJS.Platform,
  recent: RecentFilesMenu = { files: [], open: () => undefined },
  commands: readonly (CommandRow & { id: CommandId })[] = COMMANDS,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const shown = (place: MenuPlace) => !place.platform || place.platform === (mac ? 'mac' : 'other');
  const item = (row: CommandRow & { id: CommandId }): MenuItemConstructorOptions => {
    const accelerator = row.keys?.[0]
      ? {
          accelerator: acceleratorOf(row.keys[0]),
          ...(row.pageSeesKeys ? { registerAccelerator: false } : {}),
        }
      : {};
    if (row.submenu === 'recent-files') {
      return { label: row.label, submenu: recentSubmenu(recent) };
    }
    if (row.role) return { label: row.label, role: row.role, ...accelerator };
    return { label: row.label, ...accelerator, click: () => send(row.id) };
  };
  const menus: MenuItemConstructorOptions[] = [];
  for (const menu of MENUS) {
    if (menu === 'Paragraf' && !mac) continue;
    const submenu: MenuItemConstructorOptions[] = [];
    let section: number | undefined;
    for (const row of commands) {
      const place = placesOf(row).find((p) => p.menu === menu && shown(p));
      if (!place) continue;
      if (section !== undefined && place.section !== section) submenu.push({ type: 'separator' });
      section = place.section;
      submenu.push(item(row));
    }
    if (submenu.length > 0) menus.push({ label: menu, submenu });
  }
  return menus;
}
