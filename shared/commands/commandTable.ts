import { OUTPUTS } from '../outputs/outputTable';
import type { OutputRow } from '../outputs/outputRow';
import type { CommandRow } from './commandRow';

const ARKIV = (section: number) => ({ menu: 'Arkiv', section }) as const;

/** The commands that are not exports, in menu order. */
const STATIC_COMMANDS = [
  {
    id: 'about',
    label: 'Om Paragraf',
    menu: [
      { menu: 'Paragraf', section: 0, platform: 'mac' },
      { menu: 'Hjälp', section: 1 },
    ],
    handler: 'app',
  },
  {
    id: 'hide',
    label: 'Göm Paragraf',
    menu: { menu: 'Paragraf', section: 1 },
    handler: 'native',
    role: 'hide',
  },
  {
    id: 'hide-others',
    label: 'Göm övriga',
    menu: { menu: 'Paragraf', section: 1 },
    handler: 'native',
    role: 'hideOthers',
  },
  {
    id: 'quit-mac',
    label: 'Avsluta Paragraf',
    menu: { menu: 'Paragraf', section: 2 },
    handler: 'native',
    role: 'quit',
  },
  {
    id: 'new',
    label: 'Nytt',
    listLabel: 'Nytt protokoll',
    keys: ['Ctrl+N'],
    group: 'Dokument',
    menu: ARKIV(0),
    handler: 'app',
  },
  {
    id: 'open',
    label: 'Öppna…',
    listLabel: 'Öppna fil',
    keys: ['Ctrl+O'],
    group: 'Dokument',
    menu: ARKIV(0),
    handler: 'app',
  },
  {
    id: 'import-word',
    label: 'Importera Word-protokoll…',
    menu: ARKIV(0),
    handler: 'app',
  },
  {
    id: 'open-recent',
    label: 'Öppna senaste',
    menu: ARKIV(0),
    handler: 'app',
    submenu: 'recent-files',
  },
  {
    id: 'search-archive',
    label: 'Sök i alla protokoll…',
    listLabel: 'Sök i alla protokoll',
    keys: ['Ctrl+Shift+F'],
    group: 'Dokument',
    menu: ARKIV(0),
    handler: 'app',
  },
  {
    id: 'member-register',
    label: 'Ledamotsregister…',
    listLabel: 'Ledamotsregister',
    keys: ['Ctrl+Shift+M'],
    group: 'Dokument',
    menu: ARKIV(0),
    handler: 'app',
  },
  {
    id: 'save',
    label: 'Spara',
    listLabel: 'Spara nu',
    keys: ['Ctrl+S'],
    group: 'Dokument',
    menu: ARKIV(1),
    handler: 'app',
    topBar: { label: 'Spara', screen: 'editor' },
    whileModal: true,
  },
  {
    id: 'save-as',
    label: 'Spara som…',
    listLabel: 'Spara en kopia som fil',
    keys: ['Ctrl+Shift+S'],
    group: 'Dokument',
    menu: ARKIV(1),
    handler: 'app',
  },
  {
    id: 'preview',
    label: 'Förhandsgranska',
    keys: ['Ctrl+P', 'Ctrl+F2'],
    group: 'Dokument',
    menu: { menu: 'Visa', section: 0 },
    handler: 'app',
    topBar: { label: 'Förhandsgranska', screen: 'editor' },
  },
  {
    id: 'settings',
    label: 'Inställningar…',
    listLabel: 'Inställningar',
    keys: ['Ctrl+,'],
    group: 'Dokument',
    menu: ARKIV(3),
    handler: 'app',
    topBar: { label: 'Inställningar…', screen: 'start' },
  },
  {
    id: 'close',
    label: 'Stäng',
    listLabel: 'Stäng protokollet',
    keys: ['Ctrl+W'],
    group: 'Dokument',
    menu: ARKIV(4),
    handler: 'app',
    topBar: { label: 'Stäng', screen: 'editor' },
  },
  {
    id: 'quit',
    label: 'Avsluta',
    menu: { menu: 'Arkiv', section: 5, platform: 'other' },
    handler: 'native',
    role: 'quit',
  },
  {
    id: 'undo',
    label: 'Ångra',
    keys: ['Ctrl+Z'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 0 },
    handler: 'native',
    role: 'undo',
    pageSeesKeys: true,
  },
  {
    id: 'redo',
    label: 'Gör om',
    keys: ['Ctrl+Y', 'Ctrl+Shift+Z'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 0 },
    handler: 'native',
    role: 'redo',
    pageSeesKeys: true,
  },
  {
    id: 'find',
    label: 'Sök…',
    listLabel: 'Sök i hela protokollet',
    keys: ['Ctrl+F'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 2 },
    handler: 'app',
  },
  {
    id: 'replace',
    label: 'Sök och ersätt…',
    keys: ['Ctrl+H'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 2 },
    handler: 'app',
  },
  {
    // Ctrl+Z and Ctrl+Y outside a text field run these (renderer/core/draft/useStructureUndo.ts).
    id: 'undo-structure',
    label: 'Ångra borttagning eller flytt',
    listLabel: 'Ångra borttagning, flytt eller tillägg (utanför textfält: Ctrl+Z)',
    menu: { menu: 'Redigera', section: 0 },
    handler: 'app',
  },
  {
    id: 'redo-structure',
    label: 'Gör om borttagning eller flytt',
    menu: { menu: 'Redigera', section: 0 },
    handler: 'app',
  },
  {
    id: 'cut',
    label: 'Klipp ut',
    keys: ['Ctrl+X'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 1 },
    handler: 'native',
    role: 'cut',
  },
  {
    id: 'copy',
    label: 'Kopiera',
    keys: ['Ctrl+C'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 1 },
    handler: 'native',
    role: 'copy',
  },
  {
    id: 'paste',
    label: 'Klistra in',
    listLabel: 'Klistra in (även från Word)',
    keys: ['Ctrl+V'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 1 },
    handler: 'native',
    role: 'paste',
  },
  {
    id: 'select-all',
    label: 'Markera allt',
    keys: ['Ctrl+A'],
    group: 'Text',
    menu: { menu: 'Redigera', section: 2 },
    handler: 'native',
    role: 'selectAll',
  },
  {
    id: 'zoom-in',
    label: 'Zooma in',
    keys: ['Ctrl+Plus'],
    group: 'Gå till',
    menu: { menu: 'Visa', section: 1 },
    handler: 'native',
    role: 'zoomIn',
  },
  {
    id: 'zoom-out',
    label: 'Zooma ut',
    keys: ['Ctrl+-'],
    group: 'Gå till',
    menu: { menu: 'Visa', section: 1 },
    handler: 'native',
    role: 'zoomOut',
  },
  {
    id: 'zoom-reset',
    label: 'Återställ zoom',
    keys: ['Ctrl+0'],
    group: 'Gå till',
    menu: { menu: 'Visa', section: 1 },
    handler: 'native',
    role: 'resetZoom',
  },
  {
    id: 'fullscreen',
    label: 'Helskärm',
    keys: ['F11'],
    group: 'Gå till',
    menu: { menu: 'Visa', section: 2 },
    handler: 'native',
    role: 'togglefullscreen',
  },
  {
    id: 'shortcuts',
    label: 'Kortkommandon',
    listLabel: 'Visa kortkommandon',
    keys: ['F1'],
    group: 'Dokument',
    menu: { menu: 'Hjälp', section: 0 },
    handler: 'app',
  },
  {
    id: 'new-item',
    label: 'Nytt ärende',
    keys: ['Ctrl+Alt+N', 'Ctrl+Enter'],
    group: 'Ärenden',
    handler: 'app',
  },
  {
    id: 'next-item',
    label: 'Nästa ärende',
    keys: ['Ctrl+Alt+ArrowDown', 'Alt+PageDown'],
    group: 'Ärenden',
    handler: 'app',
  },
  {
    id: 'previous-item',
    label: 'Föregående ärende',
    keys: ['Ctrl+Alt+ArrowUp', 'Alt+PageUp'],
    group: 'Ärenden',
    handler: 'app',
  },
  {
    id: 'move-item-up',
    label: 'Flytta ärendet uppåt',
    keys: ['Alt+Shift+ArrowUp'],
    group: 'Ärenden',
    handler: 'field',
  },
  {
    id: 'move-item-down',
    label: 'Flytta ärendet nedåt',
    keys: ['Alt+Shift+ArrowDown'],
    group: 'Ärenden',
    handler: 'field',
  },
  {
    id: 'mark-absent',
    label: 'Markera ledamoten på raden som frånvarande; Enter kallar sedan in ersättaren',
    keys: ['Alt+F'],
    group: 'Närvaro',
    handler: 'field',
  },
  { id: 'go-meeting', label: 'Mötesuppgifter', keys: ['Alt+1'], group: 'Gå till', handler: 'app' },
  {
    id: 'go-attendance',
    label: 'Närvaro',
    keys: ['Alt+2', 'Ctrl+Alt+A'],
    group: 'Gå till',
    handler: 'app',
  },
  { id: 'go-items', label: 'Ärenden', keys: ['Alt+3'], group: 'Gå till', handler: 'app' },
  {
    id: 'go-signatures',
    label: 'Underskrifter',
    keys: ['Alt+4'],
    group: 'Gå till',
    handler: 'app',
  },
  { id: 'bold', label: 'Fetstil', keys: ['Ctrl+B'], group: 'Text', handler: 'field' },
  { id: 'italic', label: 'Kursiv', keys: ['Ctrl+I'], group: 'Text', handler: 'field' },
  { id: 'underline', label: 'Understruken', keys: ['Ctrl+U'], group: 'Text', handler: 'field' },
  {
    id: 'bulleted-list',
    label: 'Punktlista',
    keys: ['Ctrl+Shift+L'],
    group: 'Text',
    handler: 'field',
  },
  {
    id: 'paragraph',
    label: 'Vanligt stycke',
    keys: ['Ctrl+Shift+N'],
    group: 'Text',
    handler: 'field',
  },
  { id: 'heading', label: 'Rubrik', keys: ['Ctrl+Alt+1'], group: 'Text', handler: 'field' },
  {
    id: 'numbered-list',
    label: 'Numrerad lista',
    keys: ['Ctrl+Shift+7'],
    group: 'Text',
    handler: 'field',
  },
  {
    id: 'next-field',
    label: 'Nästa / föregående fält',
    keys: ['Tab', 'Shift+Tab'],
    group: 'Gå till',
    handler: 'field',
  },
  {
    id: 'escape',
    label: 'Stäng dialog eller meny',
    keys: ['Esc'],
    group: 'Gå till',
    handler: 'field',
  },
] as const satisfies readonly CommandRow[];

type OutputCommandIds<R> = R extends { commands: infer C }
  ? { [F in keyof C]: C[F] extends { id: infer I } ? I : never }[keyof C]
  : never;

/** Every command's id: a typo in a handler is a type error. */
export type CommandId =
  (typeof STATIC_COMMANDS)[number]['id'] | OutputCommandIds<(typeof OUTPUTS)[number]>;

/**
 * Every command of the app, in menu order: the Electron menu, the shortcut list (F1), the top
 * bar and the page's key handling are generated from this one table.
 */
export const COMMANDS: readonly (CommandRow & { id: CommandId })[] = commandTableFor(OUTPUTS);

/** Export commands come from the outputs table: one per document kind and format. */
function exportCommands(outputs: readonly OutputRow[]): (CommandRow & { id: CommandId })[] {
  return outputs.flatMap((output) =>
    Object.values(output.commands).map((command) => ({
      id: command.id as CommandId,
      label: command.label,
      keys: command.keys,
      group: 'Dokument' as const,
      menu: ARKIV(2),
      handler: 'app' as const,
      topBar: command.topBar
        ? {
            label: command.topBar,
            title: command.title,
            screen: 'editor' as const,
            draft: output.afterMeeting ? ('protokoll' as const) : ('kallelse' as const),
          }
        : undefined,
    })),
  );
}

/** The command table for an outputs table: the export commands stand before "Inställningar…". */
export function commandTableFor(outputs: readonly OutputRow[]): (CommandRow & { id: CommandId })[] {
  const rows: (CommandRow & { id: CommandId })[] = [...STATIC_COMMANDS];
  rows.splice(
    rows.findIndex((r) => r.id === 'settings'),
    0,
    ...exportCommands(outputs),
  );
  return rows;
}

export function commandRow(id: CommandId): CommandRow | undefined {
  return COMMANDS.find((c) => c.id === id);
}

/** Commands the page's bus carries out; the menu sends these over IPC. */
export const APP_COMMAND_IDS: readonly CommandId[] = COMMANDS.filter(
  (c) => c.handler === 'app',
).map((c) => c.id);

export function isAppCommand(value: unknown): value is CommandId {
  return typeof value === 'string' && (APP_COMMAND_IDS as readonly string[]).includes(value);
}
