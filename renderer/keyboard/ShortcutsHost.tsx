import { useState } from 'react';
import { useCommand } from '../core/commands';
import { ShortcutsDialog } from './ShortcutsDialog';

/** Shows the shortcut list on Hjälp › Kortkommandon or F1 (command "shortcuts"). */
export function ShortcutsHost() {
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null | undefined>(undefined);
  useCommand('shortcuts', () => {
    const active = document.activeElement;
    setReturnFocus(active instanceof HTMLElement ? active : null);
  });
  if (returnFocus === undefined) return null;
  return (
    <ShortcutsDialog
      onClose={() => {
        setReturnFocus(undefined);
        returnFocus?.focus();
      }}
    />
  );
}
