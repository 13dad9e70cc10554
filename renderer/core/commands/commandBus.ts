import type { CommandId } from '../../../shared/commands';

type Handler = () => void;

/** Where a command came from; the same command from the menu and the keys at once runs once. */
export type CommandSource = 'menu' | 'keys' | 'button';

/** Handlers per command; the newest (innermost on screen) one carries it out. */
const handlers = new Map<CommandId, Handler[]>();
/** A command deferred until its handler appears (its section is not shown yet), with its time. */
const deferred = new Map<CommandId, number>();
const DEFER_MS = 2000;
/** The menu accelerator and the page's key listener can both report one key press. */
const ECHO_MS = 100;
let last: { id: CommandId; source: CommandSource; at: number } | undefined;

/**
 * The one command bus of the page: the menu (through the preload), the keys and the buttons run
 * commands here by id, and the component that carries a command out registers its handler.
 */
export function handleCommand(id: CommandId, handler: Handler): () => void {
  const stack = handlers.get(id) ?? [];
  handlers.set(id, [...stack, handler]);
  const sentAt = deferred.get(id);
  if (sentAt !== undefined) {
    deferred.delete(id);
    if (Date.now() - sentAt < DEFER_MS) queueMicrotask(handler);
  }
  return () =>
    handlers.set(
      id,
      (handlers.get(id) ?? []).filter((h) => h !== handler),
    );
}

export function hasCommandHandler(id: CommandId): boolean {
  return (handlers.get(id)?.length ?? 0) > 0;
}

/** Runs a command; false when nothing on screen carries it out. */
export function runCommand(id: CommandId, source: CommandSource = 'button'): boolean {
  const now = Date.now();
  const pair = new Set([last?.source, source]);
  const echo =
    last && last.id === id && pair.has('menu') && pair.has('keys') && now - last.at < ECHO_MS;
  last = { id, source, at: now };
  if (echo) return true;
  const handler = handlers.get(id)?.at(-1);
  if (!handler) return false;
  handler();
  return true;
}

/**
 * Runs the command with the next handler that registers within two seconds: "Nytt ärende" on the
 * attendance page first shows the items, whose workspace then adds the item.
 */
export function deferCommand(id: CommandId): void {
  deferred.set(id, Date.now());
}
