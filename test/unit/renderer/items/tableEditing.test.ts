import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  richTextSchema,
  type Table,
} from '../../../../shared/protocol/richText';
import { tableCellTexts, tablesFromCells } from '../../../../shared/protocol/richTextTable';
import { withBlockBreaks } from '../../../../renderer/items/richTextCommands';
import { withRichTextSchema } from '../../../../renderer/items/richTextSchema';
import {
  addColumn,
  addRow,
  cellPosition,
  insertTable,
  moveToCell,
  removeColumn,
  removeRow,
  toggleHeaderRow,
  withTables,
} from '../../../../renderer/items/table/tableCommands';

function editorWith(children: unknown[]): Editor {
  const editor = withTables(withBlockBreaks(withRichTextSchema(createEditor())));
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

const table = (cells: string[][], header = false) => tablesFromCells(cells, header)[0]!;
const texts = (editor: Editor, at = 0) => tableCellTexts(editor.children[at] as Table);
const caretIn = (editor: Editor, row: number, column: number, offset = 0) =>
  Transforms.select(editor, { path: [0, row, column, 0], offset });

describe('tables in the body editor', () => {
  it('keeps a table in the schema: ragged rows padded, stray text in cells, nested tables flattened', () => {
    const editor = editorWith([
      {
        type: 'table',
        header: true,
        color: 'red',
        children: [
          { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'a' }] }] },
          {
            type: 'table-row',
            children: [
              { type: 'paragraph', children: [{ text: 'b' }] },
              {
                type: 'table-cell',
                children: [
                  table([
                    ['in', 'ner'],
                    ['x', 'y'],
                  ]) as unknown as { text: string },
                ],
              },
            ],
          },
        ],
      },
      { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'lös rad' }] }] },
    ]);
    expect(richTextSchema.safeParse(editor.children).success).toBe(true);
    expect((editor.children[0] as Table).header).toBe(true);
    expect(texts(editor)).toEqual([
      ['a', ''],
      ['b', 'innerxy'],
    ]);
    expect(editor.children[1]).toEqual({ type: 'paragraph', children: [{ text: 'lös rad' }] });
  });

  it('keeps every cell of a table past the limits', () => {
    const wide = Array.from({ length: MAX_TABLE_COLUMNS + 2 }, (_, c) => `c${c}`);
    const t = table([wide.slice(0, MAX_TABLE_COLUMNS)]);
    t.children[0]!.children.push(
      ...wide.slice(MAX_TABLE_COLUMNS).map((text) => ({
        type: 'table-cell' as const,
        children: [{ text }],
      })),
    );
    // One table longer than allowed, as a copy inside Paragraf could paste it: it is split.
    const long: Table = {
      type: 'table',
      children: tablesFromCells(
        Array.from({ length: MAX_TABLE_ROWS + 3 }, (_, r) => [`r${r}`, 'x']),
      ).flatMap((x) => x.children),
    };
    const editor = editorWith([t, long]);
    expect(editor.children).toHaveLength(3);
    // A row added to a full table starts another one; nothing is dropped.
    Transforms.insertNodes(
      editor,
      { type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'extra' }] }] },
      { at: [1, MAX_TABLE_ROWS] },
    );
    Editor.normalize(editor, { force: true });
    expect(richTextSchema.safeParse(editor.children).success).toBe(true);
    expect(texts(editor)[0]!.at(-1)).toBe('c19 c20 c21');
    const all = editor.children
      .slice(1)
      .flatMap((b) => tableCellTexts(b as Table).map((r) => r[0]));
    expect(all).toHaveLength(MAX_TABLE_ROWS + 4);
    expect(all).toContain('extra');
  });

  it('moves with Tab between cells, adds a row after the last, and edits rows and columns', () => {
    const editor = editorWith([
      table([
        ['a', 'b'],
        ['c', 'd'],
      ]),
      { type: 'paragraph', children: [{ text: '' }] },
    ]);
    caretIn(editor, 0, 1);
    expect(moveToCell(editor, 1)).toBe(true);
    expect(cellPosition(editor)).toMatchObject({ row: 1, column: 0 });
    expect(moveToCell(editor, -1)).toBe(true);
    expect(cellPosition(editor)).toMatchObject({ row: 0, column: 1 });
    caretIn(editor, 1, 1);
    moveToCell(editor, 1);
    expect(cellPosition(editor)).toMatchObject({ row: 2, column: 0 });
    expect(texts(editor)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['', ''],
    ]);
    addColumn(editor, 'left');
    addRow(editor, 'above');
    expect(texts(editor)).toEqual([
      ['', 'a', 'b'],
      ['', 'c', 'd'],
      ['', '', ''],
      ['', '', ''],
    ]);
    removeRow(editor);
    caretIn(editor, 0, 0);
    removeColumn(editor);
    expect(texts(editor)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['', ''],
    ]);
    toggleHeaderRow(editor);
    expect((editor.children[0] as Table).header).toBe(true);
    toggleHeaderRow(editor);
    expect(editor.children[0]).not.toHaveProperty('header');
    expect(moveToCell(editorWith([{ type: 'paragraph', children: [{ text: 'x' }] }]), 1)).toBe(
      false,
    );
  });

  it('never merges two cells: Backspace at a cell start, Delete at its end, a deleted selection across cells', () => {
    const editor = editorWith([
      table([
        ['ett', 'två'],
        ['tre', 'fyra'],
      ]),
    ]);
    caretIn(editor, 0, 1, 0);
    editor.deleteBackward('character');
    caretIn(editor, 0, 0, 3);
    editor.deleteForward('character');
    expect(texts(editor)).toEqual([
      ['ett', 'två'],
      ['tre', 'fyra'],
    ]);
    Transforms.select(editor, {
      anchor: { path: [0, 0, 1, 0], offset: 1 },
      focus: { path: [0, 1, 0, 0], offset: 2 },
    });
    editor.deleteFragment();
    expect(texts(editor)).toEqual([
      ['ett', 't'],
      ['e', 'fyra'],
    ]);
    // Enter goes to the cell below instead of splitting the cell.
    caretIn(editor, 1, 1, 2);
    editor.insertBreak();
    expect(cellPosition(editor)).toMatchObject({ row: 2, column: 1 });
    expect(texts(editor)).toHaveLength(3);
  });

  it('inserts a table in place of an empty paragraph, with a paragraph after it', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: '' }] }]);
    Transforms.select(editor, Editor.start(editor, []));
    insertTable(editor);
    expect(editor.children.map((b) => (b as { type: string }).type)).toEqual([
      'table',
      'paragraph',
    ]);
    expect(cellPosition(editor)).toMatchObject({ row: 0, column: 0 });
  });
});
