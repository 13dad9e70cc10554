import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

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

/**
 * The Swedish application menu. Pure data (the electron import is for types only) so the labels,
 * shortcuts and commands are tested in Node. File commands go to the renderer as MENU_CHANNEL
 * messages; editing uses Electron's built-in roles.
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
  recent: RecentFilesMenu = { files: [], open: () => undefined },
): MenuItemConstructorOptions[] {
  const cmd = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const mac = platform === 'darwin';
  const menus: MenuItemConstructorOptions[] = [
    {
      label: 'Arkiv',
      submenu: [
        cmd('Nytt', 'new', 'CmdOrCtrl+N'),
        cmd('Öppna…', 'open', 'CmdOrCtrl+O'),
        { label: 'Öppna senaste', submenu: recentSubmenu(recent) },
        { type: 'separator' },
        cmd('Spara', 'save', 'CmdOrCtrl+S'),
        cmd('Spara som…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        cmd('Exportera PDF…', 'export-pdf', 'CmdOrCtrl+E'),
        cmd('Exportera DOCX…', 'export-docx', 'CmdOrCtrl+Shift+E'),
        cmd('Exportera webbversion…', 'export-web-pdf'),
        { type: 'separator' },
        cmd('Inställningar…', 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        cmd('Stäng', 'close', 'CmdOrCtrl+W'),
        ...(mac
          ? []
          : [{ type: 'separator' } as const, { label: 'Avsluta', role: 'quit' } as const]),
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { label: 'Ångra', role: 'undo' },
        { label: 'Gör om', role: 'redo' },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopiera', role: 'copy' },
        { label: 'Klistra in', role: 'paste' },
        { type: 'separator' },
        { label: 'Markera allt', role: 'selectAll' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        cmd('Förhandsgranska', 'preview', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { label: 'Zooma in', role: 'zoomIn' },
        { label: 'Zooma ut', role: 'zoomOut' },
        { label: 'Återställ zoom', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Helskärm', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Hjälp',
      submenu: [cmd('Kortkommandon', 'shortcuts', 'F1'), cmd('Om Paragraf', 'about')],
    },
  ];
  if (mac) {
    menus.unshift({
      label: 'Paragraf',
      submenu: [
        cmd('Om Paragraf', 'about'),
        { type: 'separator' },
        { label: 'Göm Paragraf', role: 'hide' },
        { label: 'Göm övriga', role: 'hideOthers' },
        { type: 'separator' },
        { label: 'Avsluta Paragraf', role: 'quit' },
      ],
    });
  }
  return menus;
}
