import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  type Table,
  type TableCell,
  type TextLeaf,
} from './richText';

/** One cell from marked text; an empty cell still holds one empty leaf, as Slate needs. */
export function tableCell(leaves: readonly TextLeaf[] = []): TableCell {
  const kept = leaves.filter((l) => l.text !== '');
  return { type: 'table-cell', children: kept.length > 0 ? [...kept] : [{ text: '' }] };
}

/** A row's cells within the column limit: cells past it join the last one, space-separated. */
function fitColumns(row: readonly (readonly TextLeaf[])[], columns: number): TextLeaf[][] {
  const out = Array.from({ length: columns }, (_, i) => [...(row[i] ?? [])]);
  const last = out[columns - 1]!;
  for (const extra of row.slice(columns)) {
    if (extra.every((l) => l.text === '')) continue;
    if (last.some((l) => l.text !== '')) last.push({ text: ' ' });
    last.push(...extra);
  }
  return out;
}

/**
 * Tables from rows of cell leaves, as the paste and the Word import read them. Every row is
 * padded to the widest; nothing is dropped: cells past MAX_TABLE_COLUMNS join the row's last
 * cell, and rows past MAX_TABLE_ROWS go on in another table (the heading row is not repeated).
 * Empty when there is no cell at all; usually one table.
 */
export function tablesFromLeaves(
  rows: readonly (readonly (readonly TextLeaf[])[])[],
  header = false,
): Table[] {
  const nonEmpty = rows.filter((r) => r.length > 0);
  if (nonEmpty.length === 0) return [];
  const columns = Math.min(Math.max(...nonEmpty.map((r) => r.length)), MAX_TABLE_COLUMNS);
  const tables: Table[] = [];
  for (let start = 0; start < nonEmpty.length; start += MAX_TABLE_ROWS) {
    tables.push({
      type: 'table',
      ...(header && start === 0 ? { header: true as const } : {}),
      children: nonEmpty.slice(start, start + MAX_TABLE_ROWS).map((r) => ({
        type: 'table-row',
        children: fitColumns(r, columns).map(tableCell),
      })),
    });
  }
  return tables;
}

/**
 * Tables from plain cell texts (`string[][]`, e.g. a table read from a Word file); `header`
 * marks the first row as column headings. See tablesFromLeaves for the limits.
 */
export function tablesFromCells(cells: readonly (readonly string[])[], header = false): Table[] {
  return tablesFromLeaves(
    cells.map((row) => row.map((text) => [{ text }])),
    header,
  );
}

/** The plain text of each cell, row by row. */
export function tableCellTexts(table: Table): string[][] {
  return table.children.map((row) =>
    row.children.map((c) => c.children.map((l) => l.text).join('')),
  );
}
