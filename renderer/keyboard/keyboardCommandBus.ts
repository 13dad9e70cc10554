import type { ShortcutCommand } from './shortcutRegistry';

type Listener = () => void;
const listeners = new Map<ShortcutCommand, Set<Listener>>();
/** A command sent while nobody listened (its section was not shown yet), with its time. */
const pending = new Map<ShortcutCommand, number>();
const PENDING_MS = 2000;

/**
 * Delivers a keyboard command to the component that carries it out. When that component is not
 * on screen yet (e.g. "Nytt ärende" pressed on the attendance page, which first switches to the
 * items), the command waits briefly for it to mount.
 */
export function sendKeyboardCommand(command: ShortcutCommand): void {
  const set = listeners.get(command);
  if (set && set.size > 0) set.forEach((l) => l());
  else pending.set(command, Date.now());
}

export function onKeyboardCommand(command: ShortcutCommand, listener: Listener): () => void {
  let set = listeners.get(command);
  if (!set) listeners.set(command, (set = new Set()));
  set.add(listener);
  const sentAt = pending.get(command);
  if (sentAt !== undefined) {
    pending.delete(command);
    if (Date.now() - sentAt < PENDING_MS) queueMicrotask(listener);
  }
  return () => set.delete(listener);
}
