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
