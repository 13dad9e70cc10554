import writeXlsxFile from 'write-excel-file/node';
import { toCsv } from '../../../shared/export/sheet/csv';
import { decisionSheetRows } from '../../../shared/export/sheet/decisionSheet';
import { safeCellText } from '../../../shared/export/sheet/spreadsheetCell';
import {
  buildDecisionRegister,
  type DecisionRegisterOptions,
} from '../../../shared/print/decisionRegisterDocument';
import type { PrintDocument } from '../../../shared/print/printDocument';
import type { DecisionRow } from '../../../shared/search/searchTypes';
import { writeFileAtomically } from '../export/writeExportFile';

export type RegisterFormat = 'xlsx' | 'csv' | 'pdf';

/** Column widths in characters: organ, date, §, ärende, dnr, beslut, status. */
const WIDTHS = [28, 12, 9, 40, 16, 80, 11];

/** The register as an XLSX workbook (write-excel-file): header row frozen, text wrapped. */
export async function decisionXlsx(rows: readonly DecisionRow[]): Promise<Buffer> {
  const [header, ...body] = decisionSheetRows(rows);
  const data = [
    header!.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...body.map((row) =>
      row.map((value) => ({
        value: safeCellText(value),
        type: String,
        wrap: true,
        alignVertical: 'top' as const,
      })),
    ),
  ];
  return writeXlsxFile(data, {
    sheet: 'Beslutsregister',
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer();
}

/** Writes the register to `path` in a format; the PDF is printed by `printPdf`. */
export async function writeDecisionRegister(
  rows: readonly DecisionRow[],
  format: RegisterFormat,
  path: string,
  options: DecisionRegisterOptions & { printPdf(model: PrintDocument): Promise<Uint8Array> },
): Promise<void> {
  if (format === 'csv') {
    await writeFileAtomically(path, Buffer.from(toCsv(decisionSheetRows(rows)), 'utf8'));
  } else if (format === 'xlsx') {
    await writeFileAtomically(path, await decisionXlsx(rows));
  } else {
    await writeFileAtomically(path, await options.printPdf(buildDecisionRegister(rows, options)));
  }
}
