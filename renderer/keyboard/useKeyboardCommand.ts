import { useEffect, useRef } from 'react';
import { onKeyboardCommand } from './keyboardCommandBus';
import type { ShortcutCommand } from './shortcutRegistry';

/** Runs `handler` when the keyboard command is given; the latest handler is always used. */
export function useKeyboardCommand(command: ShortcutCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onKeyboardCommand(command, () => latest.current()), [command]);
}
