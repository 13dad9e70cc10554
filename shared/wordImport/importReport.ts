/** What an import found: each entry one line for the user (Swedish) and the CLI (English). */
export interface ImportNote {
  sv: string;
  en: string;
}

export interface ImportReport {
  /** Parts that became fields of the draft: header fields, people, items, decisions. */
  recognised: ImportNote[];
  /** Parts kept as plain text in the nearest item, or (images) left out; each says where. */
  unrecognised: ImportNote[];
}

export function emptyReport(): ImportReport {
  return { recognised: [], unrecognised: [] };
}
