import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

/**
 * The Swedish application menu. Pure data (the electron import is for types only) so the labels,
 * shortcuts and commands are tested in Node. File commands go to the renderer as MENU_CHANNEL
 * messages; editing uses Electron's built-in roles.
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
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
        { type: 'separator' },
        cmd('Spara', 'save', 'CmdOrCtrl+S'),
        cmd('Spara som…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        cmd('Exportera PDF…', 'export-pdf', 'CmdOrCtrl+E'),
        cmd('Exportera DOCX…', 'export-docx', 'CmdOrCtrl+Shift+E'),
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
