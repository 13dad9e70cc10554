import { useRef, useState } from 'react';
import type { Settings } from '../../shared/ipc/contract';
import { notices } from '../core/widgets/Notice';
import { errorText } from '../core/ipc/paragraf';
import { useCommand } from '../core/commands';
import { SettingsDialog } from './SettingsDialog';
import { settingsClient } from './settingsClient';
import { TemplatesDialog } from './templates/TemplatesDialog';

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
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const templatesReturn = useRef<HTMLElement | null>(null);
  // While the settings load, a second request (menu and button at once) opens nothing more.
  const opening = useRef(false);
  useCommand('settings', () => {
    if (opening.current) return;
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
  });
  if (!open) return null;
  return (
    <>
      <SettingsDialog
        initial={open.settings}
        onOpenTemplates={() => {
          const active = document.activeElement;
          templatesReturn.current = active instanceof HTMLElement ? active : null;
          setTemplatesOpen(true);
        }}
        onClose={(saved) => {
          opening.current = false;
          setOpen(null);
          open.returnFocus?.focus();
          if (saved) notices.show('Inställningarna är sparade.');
        }}
      />
      {/* A sibling, not a child: each modal keeps its own Tab trap and Escape. */}
      {templatesOpen && (
        <TemplatesDialog
          onClose={() => {
            setTemplatesOpen(false);
            templatesReturn.current?.focus();
          }}
        />
      )}
    </>
  );
}
