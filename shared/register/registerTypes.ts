import type { TableProblem } from './registerTable';
import type { Register } from './registerSchema';

/** One body's register in a list. */
export interface RegisterSummary {
  body: string;
  /** Ledamöter whose term covers today. */
  ledamoter: number;
  ersattare: number;
  updatedAt: string;
  /** The file cannot be read (it is left as it is). */
  damaged?: boolean;
}

export interface RegisterSaveReceipt {
  savedAt: string;
  /** The file replaced could not be read; it was kept as an earlier version. */
  replacedDamaged?: boolean;
}

/** What importing a file did: the register now saved, and rows read with a change. */
export interface RegisterImportReceipt extends RegisterSaveReceipt {
  register: Register;
  problems: TableProblem[];
}
