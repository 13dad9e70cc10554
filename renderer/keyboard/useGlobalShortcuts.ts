import { useEffect, useRef } from 'react';
import { commandOfEvent, type ShortcutCommand } from './shortcutRegistry';

export type ShortcutHandlers = Partial<Record<ShortcutCommand, () => void>>;

/** A modal dialog (preview, export check, shortcut list) owns the keyboard while it is open. */
function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Listens for the app-wide shortcuts in the capture phase, so that they work whichever field or
 * editor has the focus, and runs the matching handler. Keys without a handler pass through.
 */
export function useGlobalShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.isComposing || modalOpen()) return;
      const command = commandOfEvent(e);
      const handler = command ? latest.current[command] : undefined;
      if (!handler) return;
      e.preventDefault();
      e.stopPropagation();
      handler();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
