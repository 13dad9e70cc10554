import { COMMANDS, matchesCombo, type CommandId, type KeyPress } from '../../../shared/commands';

/** The app command a key press starts, if any, and whether it also works inside a dialog. */
export function commandOfEvent(e: KeyPress): { id: CommandId; whileModal: boolean } | null {
  for (const row of COMMANDS) {
    if (row.handler !== 'app' || !row.keys) continue;
    if (row.keys.some((k) => matchesCombo(k, e))) {
      return { id: row.id, whileModal: row.whileModal === true };
    }
  }
  return null;
}
