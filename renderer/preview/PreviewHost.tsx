import { useEffect, useState } from 'react';
import type { Protocol } from '../../shared/protocol/protocol';
import { onAppCommand } from '../app/commandBus';
import { draftStore } from '../state/draftStore';
import { PreviewDialog } from './PreviewDialog';

/**
 * Opens the preview on the "preview" command (menu, toolbar button or shortcut) with the draft as
 * it is at that moment, and gives the focus back where it was when the preview closes.
 */
export function PreviewHost() {
  const [shown, setShown] = useState<{
    protocol: Protocol;
    returnFocus: HTMLElement | null;
  } | null>(null);
  useEffect(
    () =>
      onAppCommand((command) => {
        if (command !== 'preview') return;
        const protocol = draftStore.get();
        if (!protocol) return;
        const active = document.activeElement;
        setShown({ protocol, returnFocus: active instanceof HTMLElement ? active : null });
      }),
    [],
  );
  if (!shown) return null;
  return (
    <PreviewDialog
      protocol={shown.protocol}
      onClose={() => {
        setShown(null);
        shown.returnFocus?.focus();
      }}
    />
  );
}
