/** Groups of the shortcut list (F1). */
export type CommandGroup = 'Dokument' | 'Ärenden' | 'Närvaro' | 'Gå till' | 'Text';

export type MenuName = 'Paragraf' | 'Arkiv' | 'Redigera' | 'Visa' | 'Hjälp';

/** Actions Electron and the page carry out themselves (undo in a field, copy, zoom …). */
export type NativeRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'hide'
  | 'hideOthers'
  | 'quit';

/** Where a command stands in the application menu; rows keep the table's order. */
export interface MenuPlace {
  menu: MenuName;
  /** Separators go between sections. */
  section: number;
  /** Only on macOS ('mac') or only elsewhere ('other'). */
  platform?: 'mac' | 'other';
}

/**
 * Who carries a command out:
 * - 'app': the page's command bus (menu click, shortcut or button all run the same handler);
 * - 'native': Electron's menu role and the browser itself;
 * - 'field': the focused text field or editor handles its keys (listed in F1 only).
 */
export type CommandHandler = 'app' | 'native' | 'field';

export interface CommandRow {
  id: string;
  /** Menu and button label. */
  label: string;
  /** The text in the shortcut list, where it differs from the label. */
  listLabel?: string;
  /** Key combinations, e.g. "Ctrl+Alt+N"; the first is the menu accelerator. */
  keys?: readonly string[];
  /** Listed in F1 under this group (needs keys). */
  group?: CommandGroup;
  menu?: MenuPlace | readonly MenuPlace[];
  handler: CommandHandler;
  role?: NativeRole;
  /**
   * A button in the top bar, on the editor or the start screen; `draft` limits an editor button
   * to a kallelse or to a protokoll (after "Gör protokoll av kallelsen").
   */
  topBar?: {
    label: string;
    title?: string;
    screen: 'editor' | 'start';
    draft?: 'kallelse' | 'protokoll';
  };
  /**
   * The menu shows the keys but leaves them to the page (Windows and Linux): Ctrl+Z in a field
   * undoes its text, elsewhere the last structural edit, which the menu role could not tell apart.
   */
  pageSeesKeys?: boolean;
  /** Its keys also work while a dialog is open (Ctrl+S). */
  whileModal?: boolean;
  /** Arkiv › Öppna senaste: filled in from the settings when the menu is built. */
  submenu?: 'recent-files';
}
