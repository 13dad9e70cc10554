import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/ipc/contract';
import { emitAppCommand, onAppCommand } from '../app/commandBus';
import { notices } from '../app/Notice';
import { errorText } from '../ipc/paragraf';
import { useGlobalShortcuts } from '../keyboard/useGlobalShortcuts';
import { SettingsDialog } from './SettingsDialog';
import { settingsClient } from './settingsClient';

interface Open {
  settings: Settings;
  returnFocus: HTMLElement | null;
}

/**
 * Shows the settings on Arkiv › Inställningar… (menu command "settings"), Ctrl+, or the start
 * screen's button; the current settings are fetched first so the form starts filled in.
 */
export function SettingsHost() {
  const [open, setOpen] = useState<Open | null>(null);
  // The menu accelerator and the page shortcut can both fire: open once.
  const opening = useRef(false);
  useGlobalShortcuts({ settings: () => emitAppCommand('settings') });
  useEffect(
    () =>
      onAppCommand((command) => {
        if (command !== 'settings' || opening.current) return;
        opening.current = true;
        const active = document.activeElement;
        const returnFocus = active instanceof HTMLElement ? active : null;
        settingsClient
          .load()
          .then((settings) => setOpen({ settings, returnFocus }))
          .catch((e: unknown) => {
            opening.current = false;
            notices.error(errorText(e));
          });
      }),
    [],
  );
  if (!open) return null;
  return (
    <SettingsDialog
      initial={open.settings}
      onClose={(saved) => {
        opening.current = false;
        setOpen(null);
        open.returnFocus?.focus();
        if (saved) notices.show('Inställningarna är sparade.');
      }}
    />
  );
}
