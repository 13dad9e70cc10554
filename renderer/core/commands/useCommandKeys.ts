import { useEffect } from 'react';
import { commandOfEvent } from './commandOfEvent';
import { hasCommandHandler, runCommand } from './commandBus';

/** A modal dialog (preview, export check, shortcut list) owns the keyboard while it is open. */
function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * The page's one key listener for the command table's shortcuts. It listens in the capture phase,
 * so the shortcuts work whichever field has the focus; keys whose command nothing on screen
 * carries out pass through to the field.
 */
export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.isComposing) return;
      const command = commandOfEvent(e);
      if (!command || !hasCommandHandler(command.id)) return;
      if (modalOpen() && !command.whileModal) return;
      e.preventDefault();
      e.stopPropagation();
      runCommand(command.id, 'keys');
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
