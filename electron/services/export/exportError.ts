/** Why an export failed: an English message for logs and the CLI, a Swedish one for the UI. */
export type ExportErrorCode =
  | 'invalid-protocol'
  | 'appendix-missing'
  | 'appendix-invalid'
  | 'output-unwritable'
  | 'browser-missing'
  | 'render-failed'
  | 'format-not-offered';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    readonly en: string,
    readonly sv: string,
  ) {
    super(en);
    this.name = 'ExportError';
  }
}
