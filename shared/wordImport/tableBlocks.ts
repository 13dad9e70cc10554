import type { RichBlock } from '../protocol/richText';
import { tablesFromCells } from '../protocol/richTextTable';
import type { WordCell, WordTable } from './wordBlock';

/** A cell's text on one line: the editor's cells hold one paragraph. */
const cellText = (cell: WordCell) => cell.text.replace(/\s*\n\s*/g, ' ').trim();

/** Whether the cell's every paragraph is bold: a heading row as Word users make one. */
const boldCell = (cell: WordCell) =>
  cell.blocks.length > 0 &&
  cell.blocks.every((b) => b.kind === 'paragraph' && (b.bold || b.text.trim() === ''));

/**
 * A table under an item, as a table of the editor: every cell's text kept (a table larger than
 * the editor's limits is split, never cut; see tablesFromCells). An all-bold first row is the
 * heading row. Empty rows are left out.
 */
export function tableBlocks(table: WordTable): RichBlock[] {
  const rows = table.rows.filter((row) => row.some((cell) => cellText(cell) !== ''));
  if (rows.length === 0) return [];
  const header = rows.length > 1 && rows[0]!.every(boldCell) && rows[0]!.some(boldCell);
  return tablesFromCells(
    rows.map((row) => row.map(cellText)),
    header,
  );
}

/**
 * A row of a layout table that was not recognised (attendance and header tables are read row by
 * row): one paragraph with its cells separated by " | ", so every cell's text is kept.
 */
export function tableRowBlocks(row: readonly WordCell[]): RichBlock[] {
  const text = row.map(cellText).join(' | ').trim();
  return text.replace(/[\s|]/g, '') === '' ? [] : [{ type: 'paragraph', children: [{ text }] }];
}
