import type { RichBlock, RichText, TextLeaf } from './richText';

/** A paragraph block holding plain text. */
export function paragraph(text: string): RichBlock {
  return { type: 'paragraph', children: [{ text }] };
}

/** Rich text from plain text: one paragraph per blank-line-separated block. */
export function richTextFromPlain(text: string): RichText {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  return blocks.map(paragraph);
}

function leavesText(leaves: TextLeaf[]): string {
  return leaves.map((l) => l.text).join('');
}

/** The plain text of one block; list items and table rows are joined by newlines, cells by tabs. */
export function blockText(block: RichBlock): string {
  if (block.type === 'table') {
    return block.children
      .map((row) => row.children.map((cell) => leavesText(cell.children)).join('\t'))
      .join('\n');
  }
  if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
    return block.children.map((li) => leavesText(li.children)).join('\n');
  }
  return leavesText(block.children);
}

/** The plain text of a rich-text body, blocks separated by blank lines. */
export function plainText(body: RichText): string {
  return body.map(blockText).join('\n\n');
}
