import { Editor, Element, Range, Transforms } from 'slate';
import type { DOMEditor } from 'slate-dom';
import type { RichText } from '../../shared/protocol/richText';
import { notices } from '../core/widgets/Notice';
import { blockText } from '../../shared/protocol/richTextHelpers';
import {
  htmlToRichTextWithReport,
  type HtmlPasteOptions,
  type PasteReport,
} from './htmlToRichText';
import { lostOnPaste } from './lostOnPaste';
import { plainTextToRichText } from './plainTextToRichText';

/** The pasted content of a clipboard or drop, as rich text; empty when there is none. */
export function richTextFromDataTransfer(
  data: DataTransfer,
  options: HtmlPasteOptions = {},
): RichText {
  return pastedContent(data, options).blocks;
}

/** The pasted rich text, and what the HTML conversion turned into something else. */
function pastedContent(
  data: DataTransfer,
  options: HtmlPasteOptions,
): { blocks: RichText; report: PasteReport } {
  const html = data.getData('text/html');
  if (html.trim()) {
    const converted = htmlToRichTextWithReport(html, options);
    if (converted.blocks.length > 0) return converted;
  }
  return {
    blocks: plainTextToRichText(data.getData('text/plain'), options),
    report: { tablesAsText: 0 },
  };
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
    if (insertIntoCell(editor, blocks) || insertTables(editor, blocks)) return;
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

/** Into a table cell (one line of text) a paste goes as plain text, its blocks joined by spaces. */
function insertIntoCell(editor: Editor, blocks: RichText): boolean {
  const inCell = Editor.above(editor, {
    match: (n) => Element.isElement(n) && n.type === 'table-cell',
  });
  if (!inCell) return false;
  const text = blocks
    .map(blockText)
    .join(' ')
    .replace(/[\t\n]+/g, ' ');
  Transforms.insertText(editor, text);
  return true;
}

/**
 * Pasted tables go in whole between blocks: the caret's block is split where the caret is
 * (Slate's fragment insertion would pour the first cell into the paragraph).
 */
function insertTables(editor: Editor, blocks: RichText): boolean {
  if (!blocks.some((b) => b.type === 'table') || !editor.selection) return false;
  const point = editor.selection.anchor;
  const top = point.path[0]!;
  const block = editor.children[top];
  let at = top + 1;
  if (block && isEmptyBlock(editor, block) && block.type === 'paragraph') {
    Transforms.removeNodes(editor, { at: [top] });
    at = top;
  } else if (block && !Editor.isEnd(editor, point, [top])) {
    if (Editor.isStart(editor, point, [top])) at = top;
    else Transforms.splitNodes(editor, { at: point, always: true, mode: 'highest' });
  }
  Transforms.insertNodes(editor, blocks, { at: [at] });
  const after = at + blocks.length;
  if (after >= editor.children.length) {
    Transforms.insertNodes(
      editor,
      { type: 'paragraph', children: [{ text: '' }] },
      { at: [after] },
    );
  }
  Transforms.select(editor, Editor.start(editor, [after]));
  return true;
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
    const { blocks, report } = pastedContent(data, options);
    insertRichText(editor, blocks);
    const lost = lostOnPaste(data.getData('text/html'), Array.from(data.files ?? []), report);
    if (lost) notices.show(lost);
  };
  return editor;
}
