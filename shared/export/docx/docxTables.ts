import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** Text width of an A4 page with 25 mm + 20 mm side margins, in twentieths of a point. */
export const CONTENT_WIDTH = 9071;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
export const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export interface TwoColumnRow {
  left: string;
  right: string;
  bold?: boolean;
  /** One cell across both columns (a sub-heading). */
  span?: boolean;
}

/**
 * A borderless two-column table with explicit DXA widths; the first column may be bold labels.
 * `underlineValues` draws a line under each value cell (fields to fill in by hand).
 */
export function twoColumns(
  rows: readonly TwoColumnRow[],
  leftWidth: number,
  options: { width?: number; underlineValues?: boolean } = {},
): Table {
  const width = options.width ?? CONTENT_WIDTH;
  const rightWidth = width - leftWidth;
  const cell = (text: string, cellWidth: number, bold = false, columnSpan?: number) =>
    new TableCell({
      width: { size: cellWidth, type: WidthType.DXA },
      ...(columnSpan ? { columnSpan } : {}),
      children: [
        new Paragraph({
          keepNext: true,
          spacing: { after: 40 },
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  const valueCell = (text: string) =>
    options.underlineValues
      ? new TableCell({
          width: { size: rightWidth, type: WidthType.DXA },
          borders: { bottom: LINE },
          children: [
            new Paragraph({
              keepNext: true,
              spacing: { after: 40 },
              children: [new TextRun(text)],
            }),
          ],
        })
      : cell(text, rightWidth);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: NO_BORDERS,
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: r.span
            ? [cell(r.left, width, true, 2)]
            : [cell(r.left, leftWidth, r.bold), valueCell(r.right)],
        }),
    ),
  });
}

/** A ruled table with a header row of column labels and a name column (people by item). */
export function grid(
  columns: readonly string[],
  rows: readonly { name: string; cells: readonly string[] }[],
): Table {
  const nameWidth = 2800;
  const cellWidth = Math.floor((CONTENT_WIDTH - nameWidth) / Math.max(1, columns.length));
  const borders = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const cell = (text: string, width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders,
      children: [new Paragraph({ children: [new TextRun({ text, bold, size: 16 })] })],
    });
  return new Table({
    width: { size: nameWidth + cellWidth * columns.length, type: WidthType.DXA },
    columnWidths: [nameWidth, ...columns.map(() => cellWidth)],
    rows: [
      new TableRow({
        tableHeader: true,
        children: [cell('', nameWidth), ...columns.map((c) => cell(c, cellWidth, true))],
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [cell(r.name, nameWidth), ...r.cells.map((c) => cell(c, cellWidth))],
          }),
      ),
    ],
  });
}
