import { useEffect, useRef } from 'react';
import { trapTab } from '../core/widgets/focusTrap';
import { showImportReport, useImportReport } from './importReportState';

/**
 * After a Word import: what became fields of the new draft, and what was kept as text in an item
 * (or, for pictures, left out), so the secretary knows what to check.
 */
export function ImportReportDialog() {
  const report = useImportReport();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (report && element && !element.open) {
      element.showModal();
      close.current?.focus();
    }
  }, [report]);
  if (!report) return null;
  const finish = () => {
    dialog.current?.close();
    showImportReport(null);
  };
  return (
    <dialog
      ref={dialog}
      className="status-dialog import-report-dialog"
      aria-labelledby="import-report-heading"
      data-testid="import-report"
      onCancel={(e) => {
        e.preventDefault();
        finish();
      }}
      onKeyDown={(e) => trapTab(e, dialog.current)}
    >
      <h2 id="import-report-heading">Word-protokollet är importerat</h2>
      <p>
        Ett nytt utkast har skapats. Word-filen är oförändrad. Kontrollera det som inte kändes igen.
      </p>
      <h3>Känns inte igen ({report.unrecognised.length})</h3>
      {report.unrecognised.length === 0 ? (
        <p>Allt kändes igen.</p>
      ) : (
        <ul>
          {report.unrecognised.map((n, i) => (
            <li key={i}>{n.sv}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>Känns igen ({report.recognised.length})</summary>
        <ul>
          {report.recognised.map((n, i) => (
            <li key={i}>{n.sv}</li>
          ))}
        </ul>
      </details>
      <div className="dialog-actions">
        <button ref={close} type="button" onClick={finish}>
          Stäng
        </button>
      </div>
    </dialog>
  );
}
