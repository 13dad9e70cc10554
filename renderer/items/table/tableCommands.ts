import { Editor, Element, Node, Path, Point, Range, Transforms } from 'slate';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type Table } from '../../../shared/protocol/richText';
import { tableCell, tablesFromCells } from '../../../shared/protocol/richTextTable';
import '../slateTypes';

// Table editing in an item's text: insert, move between cells, add and remove rows and
// columns, mark the first row as headings. Shared by the table toolbar and the keyboard.

/** Where the caret is in a table: the table's path and the cell's row and column. */
export interface CellPosition {
  tablePath: Path;
  table: Table;
  row: number;
  column: number;
}

/** The cell the selection's focus is in, if it is in a table. */
export function cellPosition(editor: Editor): CellPosition | null {
  const { selection } = editor;
  if (!selection) return null;
  const entry = Editor.above(editor, {
    at: selection.focus,
    match: (n) => Element.isElement(n) && n.type === 'table-cell',
  });
  if (!entry) return null;
  const cellPath = entry[1];
  if (cellPath.length !== 3) return null;
  const tablePath = cellPath.slice(0, 1);
  const table = Node.get(editor, tablePath);
  if (!Element.isElement(table) || table.type !== 'table') return null;
  return { tablePath, table, row: cellPath[1]!, column: cellPath[2]! };
}

export function isInTable(editor: Editor): boolean {
  return cellPosition(editor) !== null;
}

function selectCell(
  editor: Editor,
  tablePath: Path,
  row: number,
  column: number,
  at: 'start' | 'end' = 'start',
) {
  const path = [...tablePath, row, column];
  Transforms.select(editor, at === 'start' ? Editor.start(editor, path) : Editor.end(editor, path));
}

function emptyRow(columns: number) {
  return {
    type: 'table-row' as const,
    children: Array.from({ length: columns }, () => tableCell()),
  };
}

/** Inserts an empty table (two columns, two rows) after the caret's block and puts the caret in it. */
export function insertTable(editor: Editor, rows = 2, columns = 2): void {
  const [table] = tablesFromCells(
    Array.from({ length: rows }, () => Array.from({ length: columns }, () => '')),
  );
  if (!table) return;
  const top = editor.selection ? editor.selection.focus.path[0]! : editor.children.length - 1;
  const block = editor.children[top];
  const replaceEmpty =
    block !== undefined &&
    Element.isElement(block) &&
    block.type === 'paragraph' &&
    Editor.isEmpty(editor, block);
  Editor.withoutNormalizing(editor, () => {
    if (replaceEmpty) Transforms.removeNodes(editor, { at: [top] });
    const at = replaceEmpty ? top : top + 1;
    Transforms.insertNodes(editor, table, { at: [at] });
    // A paragraph after the table, so text can go on below it.
    if (at + 1 >= editor.children.length) {
      Transforms.insertNodes(
        editor,
        { type: 'paragraph', children: [{ text: '' }] },
        { at: [at + 1] },
      );
    }
    selectCell(editor, [at], 0, 0);
  });
}

/**
 * Tab and Shift+Tab: to the next or previous cell; Tab in the last cell adds a row, as in Word.
 * False when the caret is not in a table (Tab then leaves the text as usual).
 */
export function moveToCell(editor: Editor, direction: 1 | -1): boolean {
  const at = cellPosition(editor);
  if (!at) return false;
  const columns = at.table.children[0]?.children.length ?? 1;
  const index = at.row * columns + at.column + direction;
  if (index < 0) return true;
  if (index >= at.table.children.length * columns) {
    if (!addRow(editor, 'below')) return true;
  }
  selectCell(editor, at.tablePath, Math.floor(index / columns), index % columns);
  return true;
}

/** Enter in a cell: to the cell below, adding a row under the last one. */
export function moveDown(editor: Editor): boolean {
  const at = cellPosition(editor);
  if (!at) return false;
  if (at.row + 1 >= at.table.children.length && !addRow(editor, 'below')) return true;
  selectCell(editor, at.tablePath, at.row + 1, at.column);
  return true;
}

/** Adds an empty row above or below the caret's row; false at the row limit. */
export function addRow(editor: Editor, where: 'above' | 'below'): boolean {
  const at = cellPosition(editor);
  if (!at || at.table.children.length >= MAX_TABLE_ROWS) return false;
  const columns = at.table.children[at.row]?.children.length ?? 1;
  const row = where === 'above' ? at.row : at.row + 1;
  Transforms.insertNodes(editor, emptyRow(columns), { at: [...at.tablePath, row] });
  return true;
}

/** Adds an empty column left or right of the caret's column; false at the column limit. */
export function addColumn(editor: Editor, where: 'left' | 'right'): boolean {
  const at = cellPosition(editor);
  const columns = at?.table.children[0]?.children.length ?? 0;
  if (!at || columns >= MAX_TABLE_COLUMNS) return false;
  const column = where === 'left' ? at.column : at.column + 1;
  Editor.withoutNormalizing(editor, () => {
    at.table.children.forEach((_, r) =>
      Transforms.insertNodes(editor, tableCell(), { at: [...at.tablePath, r, column] }),
    );
  });
  return true;
}

/** Removes the whole table, leaving an empty paragraph with the caret in its place. */
export function removeTable(editor: Editor): void {
  const at = cellPosition(editor);
  if (!at) return;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: at.tablePath });
    Transforms.insertNodes(
      editor,
      { type: 'paragraph', children: [{ text: '' }] },
      { at: at.tablePath },
    );
    Transforms.select(editor, Editor.start(editor, at.tablePath));
  });
}

/** Removes the caret's row (the table, when it is the last row). */
export function removeRow(editor: Editor): void {
  const at = cellPosition(editor);
  if (!at) return;
  if (at.table.children.length <= 1) return removeTable(editor);
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: [...at.tablePath, at.row] });
    const row = Math.min(at.row, at.table.children.length - 2);
    selectCell(editor, at.tablePath, row, at.column);
  });
}

/** Removes the caret's column (the table, when it is the last column). */
export function removeColumn(editor: Editor): void {
  const at = cellPosition(editor);
  if (!at) return;
  const columns = at.table.children[0]?.children.length ?? 1;
  if (columns <= 1) return removeTable(editor);
  Editor.withoutNormalizing(editor, () => {
    at.table.children.forEach((_, r) =>
      Transforms.removeNodes(editor, { at: [...at.tablePath, r, at.column] }),
    );
    selectCell(editor, at.tablePath, at.row, Math.min(at.column, columns - 2));
  });
}

export function hasHeaderRow(editor: Editor): boolean {
  return cellPosition(editor)?.table.header === true;
}

/** Marks the first row as column headings, or back to an ordinary row. */
export function toggleHeaderRow(editor: Editor): void {
  const at = cellPosition(editor);
  if (!at) return;
  if (at.table.header) Transforms.unsetNodes(editor, 'header', { at: at.tablePath });
  else Transforms.setNodes(editor, { header: true }, { at: at.tablePath });
}

function cellAbove(editor: Editor, point: Point) {
  return Editor.above(editor, {
    at: point,
    match: (n) => Element.isElement(n) && n.type === 'table-cell',
  });
}

/**
 * Keeps cells apart while editing: Backspace at the start of a cell and Delete at its end do
 * nothing (instead of merging two cells), Enter moves down, and deleting a selection across
 * cells empties those cells instead of joining them.
 */
export function withTables<T extends Editor>(editor: T): T {
  const { deleteBackward, deleteForward, deleteFragment, insertBreak } = editor;
  const collapsedCell = () => {
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection)) return null;
    return cellAbove(editor, selection.anchor) ?? null;
  };
  editor.deleteBackward = (unit) => {
    const cell = collapsedCell();
    if (cell && Point.equals(editor.selection!.anchor, Editor.start(editor, cell[1]))) return;
    deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    const cell = collapsedCell();
    if (cell && Point.equals(editor.selection!.anchor, Editor.end(editor, cell[1]))) return;
    deleteForward(unit);
  };
  editor.insertBreak = () => {
    if (!moveDown(editor)) insertBreak();
  };
  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (!selection || Range.isCollapsed(selection)) return deleteFragment(options);
    const [start, end] = Range.edges(selection);
    const first = cellAbove(editor, start);
    const last = cellAbove(editor, end);
    if (!first || !last || Path.equals(first[1], last[1])) return deleteFragment(options);
    if (!Path.equals(first[1].slice(0, 1), last[1].slice(0, 1))) return deleteFragment(options);
    // Both ends in the same table: empty the selected part of each cell, keep the cells.
    const cells = [
      ...Editor.nodes(editor, {
        at: selection,
        match: (n) => Element.isElement(n) && n.type === 'table-cell',
      }),
    ].map(([, path]) => path);
    Editor.withoutNormalizing(editor, () => {
      for (const path of cells.reverse()) {
        const from = Path.equals(path, first[1]) ? start : Editor.start(editor, path);
        const to = Path.equals(path, last[1]) ? end : Editor.end(editor, path);
        Transforms.delete(editor, { at: { anchor: from, focus: to } });
      }
      Transforms.select(editor, start);
    });
  };
  return editor;
}
