import { extname } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { newId } from '../../../shared/protocol/ids';
import { registerPeopleFromTable, type TableProblem } from '../../../shared/register/registerTable';
import {
  emptyRegister,
  REGISTER_EXT,
  registerSchema,
  type Register,
} from '../../../shared/register/registerSchema';
import {
  decodeTableBytes,
  MAX_TABLE_BYTES,
  parseDelimited,
  TableTooLargeError,
} from '../../../shared/register/tableText';
import type { FsLayer } from '../files/fsLayer';
import { FileRefusedError, readRegularFile } from '../files/readRegularFile';
import { MAX_REGISTER_FILE_BYTES, parseRegisterText, registerTooLarge } from './readRegister';
import { safeXlsx, XlsxRefusedError } from './xlsxParts';

/** The file types a register can be read from (the open dialog offers these). */
export const REGISTER_IMPORT_EXTENSIONS = ['csv', 'txt', 'xlsx', REGISTER_EXT.slice(1), 'json'];

export interface RegisterImport {
  register: Register;
  /** Rows that were read with a change, or skipped, in both languages. */
  problems: TableProblem[];
}

function refused(en: string, sv: string): ParagrafError {
  return new ParagrafError('register-import-refused', en, sv);
}

/**
 * A register read from a file for `body`: a register file exported from Paragraf, or a member
 * list from Excel as CSV or XLSX. The file is only read; every value is validated.
 */
export async function importRegisterFile(
  fs: FsLayer,
  path: string,
  body: string,
  now: Date,
): Promise<RegisterImport> {
  const ext = extname(path).toLowerCase();
  const limit = ext === '.xlsx' ? MAX_REGISTER_FILE_BYTES * 5 : MAX_TABLE_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(fs, path, limit);
  } catch (error) {
    if (!(error instanceof FileRefusedError)) throw error;
    if (error.reason === 'too-large') throw registerTooLarge(path, error.size);
    throw refused(`${path} is not a file`, 'Det valda är ingen fil.');
  }

  if (ext === REGISTER_EXT || ext === '.json') {
    const read = parseRegisterText(new TextDecoder('utf-8').decode(bytes), path);
    // Shared by a colleague: the people are theirs, the body is the one it is imported for.
    return {
      register: { ...read, body: body.trim(), updatedAt: now.toISOString() },
      problems: [],
    };
  }
  let rows: string[][];
  try {
    rows = ext === '.xlsx' ? await xlsxRows(bytes) : parseDelimited(decodeTableBytes(bytes));
  } catch (error) {
    if (error instanceof ParagrafError) throw error;
    if (error instanceof TableTooLargeError) {
      throw refused(
        `${path}: too many ${error.what}`,
        'Tabellen har för många rader eller kolumner för att vara en ledamotslista.',
      );
    }
    throw refused(
      `${path} cannot be read as a spreadsheet: ${String(error).slice(0, 200)}`,
      'Filen kunde inte läsas som en tabell. Spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.',
    );
  }
  const { people, problems } = registerPeopleFromTable(rows);
  if (people.length === 0) {
    throw refused(
      `${path}: no people found (${problems[0]?.en ?? 'no rows with a name'})`,
      problems[0]?.sv ?? 'Filen innehåller inga rader med namn.',
    );
  }
  const register = registerSchema.parse({
    ...emptyRegister(body, now),
    people: people.map((p) => ({ ...p, id: p.id || newId('member') })),
  });
  return { register, problems };
}

async function xlsxRows(bytes: Uint8Array): Promise<string[][]> {
  let checked: Buffer;
  try {
    checked = safeXlsx(bytes);
  } catch (error) {
    if (!(error instanceof XlsxRefusedError)) throw error;
    throw refused(
      `the spreadsheet is refused (${error.message})`,
      'Filen är ingen läsbar Excel-arbetsbok (.xlsx), eller för stor för att vara en ledamotslista.',
    );
  }
  const data = await readSheet(checked);
  return data.map((row) =>
    row.map((cell) => {
      if (cell === null || cell === undefined) return '';
      if (cell instanceof Date) return cell.toISOString().slice(0, 10);
      return String(cell);
    }),
  );
}
