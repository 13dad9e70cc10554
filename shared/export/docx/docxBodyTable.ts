import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { TableBlock, TextRun as PrintRun } from '../../print/printDocument';
import { CONTENT_WIDTH, LINE } from './docxTables';

const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

/**
 * A table from item text as a Word table: ruled, columns of equal DXA width across the text
 * column, the first row marked as a heading row (repeated on each page, bold) when it is one.
 */
export function bodyTable(b: TableBlock, runs: (rs: readonly PrintRun[]) => TextRun[]): Table {
  const columns = Math.max(1, ...b.rows.map((r) => r.length));
  const width = Math.floor(CONTENT_WIDTH / columns);
  const cell = (rs: PrintRun[], heading: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: BORDERS,
      margins: { top: 30, bottom: 30, left: 100, right: 100 },
      children: [
        new Paragraph({
          spacing: { after: 0 },
          children: runs(heading ? rs.map((r) => ({ ...r, bold: true })) : rs),
        }),
      ],
    });
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: b.rows.map((r, i) => {
      const heading = b.header && i === 0;
      const cells = Array.from({ length: columns }, (_, k) => cell(r[k] ?? [], heading));
      return new TableRow({
        cantSplit: true,
        ...(heading ? { tableHeader: true } : {}),
        children: cells,
      });
    }),
  });
}
