import { useEffect } from 'react';
import { runCommand, useCommand } from '../commands';
import { structureHistory } from '../state/structureHistory';
import { notices } from '../widgets/Notice';

/** Where the keys belong to the field: its own text history undoes typing. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
  );
}

const undo = () => {
  const label = structureHistory.undo();
  notices.show(
    label ? `Ångrat: ${label.toLocaleLowerCase('sv-SE')}` : 'Inget att ångra.',
    'info',
    label ? { label: 'Gör om', run: redo } : undefined,
  );
};
const redo = () => {
  const label = structureHistory.redo();
  notices.show(label ? `Gjort om: ${label.toLocaleLowerCase('sv-SE')}` : 'Inget att göra om.');
};

/** Shows the notice after a structural edit, with Ångra. */
export function announceUndoable(label: string): void {
  notices.show(label, 'info', { label: 'Ångra', run: undo });
}

/**
 * Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) outside a text field, and Redigera › Ångra borttagning, take
 * back and redo the last structural edit of the open draft.
 */
export function useStructureUndo(): void {
  useCommand('undo-structure', undo);
  useCommand('redo-structure', redo);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      if (inTextField(e.target) || document.querySelector('dialog[open]')) return;
      const key = e.key.toLowerCase();
      const isUndo = key === 'z' && !e.shiftKey;
      const isRedo = key === 'y' || (key === 'z' && e.shiftKey);
      if (!isUndo && !isRedo) return;
      e.preventDefault();
      runCommand(isUndo ? 'undo-structure' : 'redo-structure', 'keys');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
