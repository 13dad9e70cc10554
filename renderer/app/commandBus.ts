import type { MenuCommand } from '../../shared/ipc/contract';

type Listener = (command: MenuCommand) => void;
const listeners = new Set<Listener>();

/**
 * Menu commands, from the application menu or from buttons and shortcuts in the page. Features
 * (preview, shortcut list) subscribe here instead of to the preload directly.
 */
export function onAppCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitAppCommand(command: MenuCommand): void {
  listeners.forEach((l) => l(command));
}
