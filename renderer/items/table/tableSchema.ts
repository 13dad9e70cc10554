import { Editor, Element, Node, Text, Transforms, type Path } from 'slate';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  type Table,
  type TableRow,
} from '../../../shared/protocol/richText';
import { tableCell } from '../../../shared/protocol/richTextTable';
import '../slateTypes';

// Keeps tables in the schema whatever an edit did: a table holds rows, a row holds cells, all
// rows as wide as the widest, within the limits. Nothing typed is dropped: a row or column
// beyond the limits moves to a table of its own or into the last cell.

/** A table's children are rows; text or other blocks found there become rows. */
function normalizeTableChildren(editor: Editor, path: Path): boolean {
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at: childPath });
      return true;
    }
    if (child.type !== 'table-row') {
      Transforms.setNodes(editor, { type: 'table-row' }, { at: childPath });
      return true;
    }
  }
  return false;
}

/** Rows beyond the limit go on in a new table right after this one. */
function splitLongTable(editor: Editor, table: Table, path: Path): boolean {
  if (table.children.length <= MAX_TABLE_ROWS) return false;
  const rest: Table = { type: 'table', children: table.children.slice(MAX_TABLE_ROWS) };
  const next = [...path.slice(0, -1), path[path.length - 1]! + 1];
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, rest, { at: next });
    for (let i = table.children.length - 1; i >= MAX_TABLE_ROWS; i--) {
      Transforms.removeNodes(editor, { at: [...path, i] });
    }
  });
  return true;
}

/** Pads short rows with empty cells, so every row is as wide as the widest. */
function padRows(editor: Editor, table: Table, path: Path): boolean {
  const widest = Math.max(...table.children.map((r) => r.children.length));
  let changed = false;
  table.children.forEach((row, r) => {
    for (let c = row.children.length; c < widest; c++) {
      Transforms.insertNodes(editor, tableCell(), { at: [...path, r, c] });
      changed = true;
    }
  });
  return changed;
}

export function normalizeTable(editor: Editor, node: Element, path: Path): boolean {
  if (path.length !== 1) {
    // Tables live at the top level of the text only.
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  if (normalizeTableChildren(editor, path)) return true;
  const table = node as Table;
  if (table.children.length === 0) return false;
  if (splitLongTable(editor, table, path)) return true;
  return padRows(editor, table, path);
}

/** A row's children are cells; cells beyond the limit are merged into the last one. */
export function normalizeTableRow(editor: Editor, path: Path): boolean {
  const row = Node.get(editor, path) as TableRow;
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at: childPath });
      return true;
    }
    if (child.type !== 'table-cell') {
      Transforms.setNodes(editor, { type: 'table-cell' }, { at: childPath });
      return true;
    }
  }
  if (row.children.length > MAX_TABLE_COLUMNS) {
    const last = [...path, MAX_TABLE_COLUMNS - 1];
    Editor.withoutNormalizing(editor, () => {
      Transforms.insertText(editor, ' ', { at: Editor.end(editor, last) });
      Transforms.mergeNodes(editor, { at: [...path, MAX_TABLE_COLUMNS] });
    });
    return true;
  }
  return false;
}
