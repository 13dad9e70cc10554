import { Editor, Element, Range, Transforms } from 'slate';
import type { DOMEditor } from 'slate-dom';
import type { RichText } from '../../shared/protocol/richText';
import { notices } from '../core/widgets/Notice';
import { htmlToRichText, type HtmlPasteOptions } from './htmlToRichText';
import { lostOnPaste } from './lostOnPaste';
import { plainTextToRichText } from './plainTextToRichText';

/** The pasted content of a clipboard or drop, as rich text; empty when there is none. */
export function richTextFromDataTransfer(
  data: DataTransfer,
  options: HtmlPasteOptions = {},
): RichText {
  const html = data.getData('text/html');
  if (html.trim()) {
    const blocks = htmlToRichText(html, options);
    if (blocks.length > 0) return blocks;
  }
  return plainTextToRichText(data.getData('text/plain'), options);
}

function isEmptyBlock(editor: Editor, node: unknown): node is Element {
  return Element.isElement(node) && Editor.isEmpty(editor, node);
}

/**
 * Inserts pasted blocks at the caret. Into an empty paragraph (an empty item) the blocks go in
 * whole, so a pasted document keeps its headings and lists; elsewhere Slate merges the first and
 * last block with the text around the caret, as a word processor does.
 */
export function insertRichText(editor: Editor, blocks: RichText): void {
  if (blocks.length === 0) return;
  Editor.withoutNormalizing(editor, () => {
    if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
    if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
    const at = editor.selection?.anchor.path[0] ?? editor.children.length;
    const top = editor.children[at];
    if (top && isEmptyBlock(editor, top) && top.type === 'paragraph') {
      Transforms.removeNodes(editor, { at: [at] });
      Transforms.insertNodes(editor, blocks, { at: [at] });
      Transforms.select(editor, Editor.end(editor, [at + blocks.length - 1]));
      return;
    }
    Transforms.insertFragment(editor, blocks);
  });
}

/**
 * Slate plugin: pasted or dropped HTML (Word, Outlook, LibreOffice, web pages) and plain text
 * are converted into the editor's rich-text schema before they reach the document. Content
 * copied inside Paragraf keeps Slate's own fragment handling.
 */
export function withPaste<T extends Editor & DOMEditor>(
  editor: T,
  options: HtmlPasteOptions = {},
): T {
  const { insertFragmentData } = editor;
  editor.insertData = (data: DataTransfer) => {
    if (insertFragmentData(data)) return;
    insertRichText(editor, richTextFromDataTransfer(data, options));
    const lost = lostOnPaste(data.getData('text/html'), Array.from(data.files ?? []));
    if (lost) notices.show(lost);
  };
  return editor;
}
