import { useState } from 'react';
import type { Protocol } from '../../shared/protocol/protocol';
import { useCommand } from '../core/commands';
import { draftStore } from '../core/state/draftStore';
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
  useCommand('preview', () => {
    const protocol = draftStore.get();
    if (!protocol) return;
    const active = document.activeElement;
    setShown({ protocol, returnFocus: active instanceof HTMLElement ? active : null });
  });
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
