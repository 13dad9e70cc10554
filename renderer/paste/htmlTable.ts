import { MAX_TABLE_COLUMNS, type TextLeaf } from '../../shared/protocol/richText';

/** A pasted table as rows of cell texts, before it is capped and built. */
export interface PastedTable {
  rows: TextLeaf[][][];
  /** The first row holds column headings (<thead>, all <th>, or all bold as Word writes it). */
  header: boolean;
}

/** The table's own rows (thead, tbody, tfoot, direct tr), not those of tables inside its cells. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.localName.toLowerCase();
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      rows.push(...Array.from(child.children).filter((r) => r.localName.toLowerCase() === 'tr'));
    }
  }
  return rows;
}

function ownCells(row: Element): Element[] {
  return Array.from(row.children).filter((c) => /^(td|th)$/i.test(c.localName));
}

/** A span attribute as a number within the table limits (Word writes colspan=2, rowspan=3). */
function span(cell: Element, name: 'colspan' | 'rowspan', limit: number): number {
  const n = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, limit) : 1;
}

const allBold = (cells: TextLeaf[][]) =>
  cells.some((c) => c.length > 0) &&
  cells.every((c) => c.every((l) => l.bold === true || l.text.trim() === ''));

/**
 * Reads an HTML table into a grid of cells. A merged cell keeps its text in its first slot and
 * leaves the slots it covered empty, so the columns stay aligned. Null for a layout table (one
 * row or one column, such as an e-mail signature): its text is pasted as paragraphs instead.
 */
export function readHtmlTable(
  table: Element,
  cellLeaves: (cell: Element) => TextLeaf[],
): PastedTable | null {
  const rows = ownRows(table);
  const grid: TextLeaf[][][] = [];
  // Slots still covered by a cell with rowspan from a row above: row -> columns.
  const covered = new Map<number, Set<number>>();
  rows.forEach((row, r) => {
    const out: TextLeaf[][] = [];
    const taken = covered.get(r) ?? new Set<number>();
    let column = 0;
    for (const cell of ownCells(row)) {
      while (taken.has(column)) out[column++] = [];
      // Past the column limit a span only adds empty cells, which tablesFromLeaves drops.
      const across = span(cell, 'colspan', MAX_TABLE_COLUMNS);
      const down = span(cell, 'rowspan', rows.length);
      out[column] = cellLeaves(cell);
      for (let k = 1; k < across; k++) out[column + k] = [];
      for (let d = 1; d < down; d++) {
        const below = covered.get(r + d) ?? new Set<number>();
        for (let k = 0; k < across; k++) below.add(column + k);
        covered.set(r + d, below);
      }
      column += across;
    }
    while (taken.has(column)) out[column++] = [];
    grid.push(Array.from({ length: out.length }, (_, i) => out[i] ?? []));
  });
  const widest = Math.max(0, ...grid.map((r) => r.length));
  if (grid.length < 2 || widest < 2) return null;
  const first = rows[0]!;
  const header =
    first.parentElement?.localName.toLowerCase() === 'thead' ||
    ownCells(first).every((c) => c.localName.toLowerCase() === 'th') ||
    allBold(grid[0]!);
  return { rows: grid, header };
}
