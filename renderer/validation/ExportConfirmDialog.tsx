import { useEffect, useRef } from 'react';
import type { WarningLocation } from '../../shared/validation/validateProtocol';
import { WarningList } from './ValidationPanel';
import type { ValidationEntry } from './validationEntries';

export interface ExportConfirmDialogProps {
  entries: readonly ValidationEntry[];
  /** True: export anyway; false: cancelled (button, Escape, or a warning chosen). */
  onClose(exportAnyway: boolean): void;
  onNavigate?(location: WarningLocation): void;
}

/** A modal that shows the warnings again before export; the secretary decides. */
export function ExportConfirmDialog({ entries, onClose, onNavigate }: ExportConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    confirm.current?.focus();
  }, []);
  const count = entries.length;
  // Close the modal before React removes it, so the focus can go back to the page.
  const finish = (exportAnyway: boolean) => {
    dialog.current?.close();
    onClose(exportAnyway);
  };
  return (
    <dialog
      ref={dialog}
      className="export-confirm"
      aria-labelledby="export-confirm-heading"
      aria-describedby="export-confirm-text"
      onCancel={(e) => {
        e.preventDefault(); // Escape: close through React so the promise settles once
        finish(false);
      }}
    >
      <h2 id="export-confirm-heading">Kontrollera innan export</h2>
      <p id="export-confirm-text">
        {count === 1 ? 'En sak' : `${count} saker`} i protokollet bör kontrolleras. Välj en rad för
        att gå dit, eller exportera ändå.
      </p>
      <WarningList
        entries={entries}
        onNavigate={(location) => {
          finish(false);
          onNavigate?.(location);
        }}
      />
      <div className="export-confirm-actions">
        <button ref={confirm} type="button" className="primary" onClick={() => finish(true)}>
          Exportera ändå
        </button>
        <button type="button" onClick={() => finish(false)}>
          Avbryt
        </button>
      </div>
    </dialog>
  );
}
