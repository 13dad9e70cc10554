import { OUTPUTS } from '../outputs/outputTable';
import type { OutputRow } from '../outputs/outputRow';
import type { CommandRow } from './commandRow';
import { KEY_COMMANDS } from './keyCommands';
import { ARKIV, MENU_COMMANDS } from './menuCommands';

/** The commands that are not exports, in menu order. */
const STATIC_COMMANDS = [...MENU_COMMANDS, ...KEY_COMMANDS] as const;

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
