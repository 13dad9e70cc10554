import { Editor, Element, Range, Transforms } from 'slate';
import { isListType } from './richTextSchema';
import type { MarkName } from './slateTypes';

// Formatting commands of the body editor, shared by the toolbar and the keyboard shortcuts.

export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  const marks = Editor.marks(editor);
  return marks?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: MarkName): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

export type BlockFormat = 'heading' | 'bulleted-list' | 'numbered-list';

/** True when every selected block has this format (a list: its items sit in such a list). */
export function isBlockActive(editor: Editor, format: BlockFormat): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const [match] = Editor.nodes(editor, {
    at: Editor.unhangRange(editor, selection),
    match: (n) => Element.isElement(n) && n.type === format,
  });
  return Boolean(match);
}

/** Turns the selected blocks into a heading or a list, or back into paragraphs. */
export function toggleBlock(editor: Editor, format: BlockFormat): void {
  const active = isBlockActive(editor, format);
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, {
      match: (n) => Element.isElement(n) && isListType(n.type),
      split: true,
    });
    if (isListType(format)) {
      if (active) {
        Transforms.setNodes(editor, { type: 'paragraph' });
      } else {
        Transforms.setNodes(editor, { type: 'list-item' });
        Transforms.wrapNodes(editor, { type: format, children: [] });
      }
    } else {
      Transforms.setNodes(editor, { type: active ? 'paragraph' : format });
    }
  });
}

/** The text block the collapsed caret is in, if any. */
function caretBlock(editor: Editor): Element | undefined {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return undefined;
  const entry = Editor.above<Element>(editor, {
    match: (n) => Element.isElement(n) && !isListType(n.type),
  });
  return entry?.[0];
}

/**
 * Enter as a word processor does it: in an empty list item it leaves the list; after a heading
 * the next block is a paragraph.
 */
export function withBlockBreaks<T extends Editor>(editor: T): T {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const block = caretBlock(editor);
    if (block) {
      if (block.type === 'list-item' && Editor.isEmpty(editor, block)) {
        toggleBlock(
          editor,
          isBlockActive(editor, 'numbered-list') ? 'numbered-list' : 'bulleted-list',
        );
        return;
      }
      if (block.type === 'heading') {
        insertBreak();
        const next = caretBlock(editor);
        if (next && Editor.isEmpty(editor, next))
          Transforms.setNodes(editor, { type: 'paragraph' });
        return;
      }
    }
    insertBreak();
  };
  return editor;
}
