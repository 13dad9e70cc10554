/** Where in the protocol a warning points, so the editor can jump there. */
export interface WarningLocation {
  kind: 'meeting' | 'item' | 'person' | 'signature' | 'notice';
  /** Id of the item or person, when the kind has one. */
  id?: string;
  /** The field, e.g. "date", "decision", "participation.fromItemId", "adjusters[0]". */
  field?: string;
}

/** Something a secretary should look at before justering; never blocks saving. */
export interface ValidationWarning {
  /** Stable machine code, e.g. "no-adjuster". */
  code: string;
  location: WarningLocation;
  /** Message for the UI. */
  sv: string;
  /** Message for logs and the CLI. */
  en: string;
}

export function warning(
  code: string,
  location: WarningLocation,
  sv: string,
  en: string,
): ValidationWarning {
  return { code, location, sv, en };
}
