import { createRoot } from 'react-dom/client';
import type { Protocol } from '../../shared/protocol/protocol';
import type { WarningLocation } from '../../shared/validation/validateProtocol';
import { ExportConfirmDialog } from './ExportConfirmDialog';
import { validationEntries } from './validationEntries';
import { navigateToWarning } from './warningNavigator';

export interface ConfirmExportOptions {
  /** Called when the secretary picks a warning in the dialog; the editor's panel by default. */
  onNavigate?(location: WarningLocation): void;
}

/**
 * Before an export: resolves true at once when the protocol has no warnings, otherwise shows
 * them in a modal dialog and resolves with the secretary's choice ("Exportera ändå" or not).
 */
export function confirmExport(
  protocol: Protocol,
  options: ConfirmExportOptions = {},
): Promise<boolean> {
  const entries = validationEntries(protocol);
  if (entries.length === 0) return Promise.resolve(true);
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  return new Promise<boolean>((resolve) => {
    const close = (exportAnyway: boolean) => {
      root.unmount();
      host.remove();
      if (!exportAnyway) returnFocus?.focus();
      resolve(exportAnyway);
    };
    root.render(
      <ExportConfirmDialog
        entries={entries}
        onClose={close}
        onNavigate={options.onNavigate ?? navigateToWarning}
      />,
    );
  });
}
