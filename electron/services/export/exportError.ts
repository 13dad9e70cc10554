/** Why an export failed: an English message for logs and the CLI, a Swedish one for the UI. */
export type ExportErrorCode =
  | 'invalid-protocol'
  | 'appendix-unreadable'
  | 'appendix-invalid'
  | 'pdfa-with-appendices'
  | 'output-unwritable'
  | 'browser-missing'
  | 'render-failed'
  | 'format-not-offered';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    readonly en: string,
    readonly sv: string,
    /** More for the log and the CLI than the page may learn (paths, what the disk said). */
    readonly detail?: string,
  ) {
    super(en);
    this.name = 'ExportError';
  }
}
