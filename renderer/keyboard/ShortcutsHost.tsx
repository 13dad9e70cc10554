import { useEffect, useState } from 'react';
import { emitAppCommand, onAppCommand } from '../app/commandBus';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/** Shows the shortcut list on Hjälp › Kortkommandon (menu command "shortcuts") or F1. */
export function ShortcutsHost() {
  const [returnFocus, setReturnFocus] = useState<HTMLElement | null | undefined>(undefined);
  useGlobalShortcuts({ shortcuts: () => emitAppCommand('shortcuts') });
  useEffect(
    () =>
      onAppCommand((command) => {
        if (command !== 'shortcuts') return;
        const active = document.activeElement;
        setReturnFocus(active instanceof HTMLElement ? active : null);
      }),
    [],
  );
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
