import { Editor, Element, Transforms } from 'slate';
import { toggleBlock, type BlockFormat } from '../items/richTextCommands';
import { isListType } from '../items/richTextSchema';
import { matchesCombo } from '../../shared/commands';

const BLOCK_SHORTCUTS: [string, BlockFormat][] = [
  ['Ctrl+Shift+L', 'bulleted-list'],
  ['Ctrl+Shift+7', 'numbered-list'],
  ['Ctrl+Alt+1', 'heading'],
];

/** Word's "Normal" (Ctrl+Shift+N): the selected blocks become plain paragraphs. */
function toParagraphs(editor: Editor): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, {
      match: (n) => Element.isElement(n) && isListType(n.type),
      split: true,
    });
    Transforms.setNodes(editor, { type: 'paragraph' });
  });
}

/**
 * The block shortcuts a Word user knows, for a body editor's onKeyDown: bulleted list, numbered
 * list, heading, normal paragraph. Returns true when it handled the key.
 */
export function handleTextShortcut(editor: Editor, e: KeyboardEvent): boolean {
  if (matchesCombo('Ctrl+Shift+N', e)) {
    toParagraphs(editor);
    return true;
  }
  for (const [combo, format] of BLOCK_SHORTCUTS) {
    if (!matchesCombo(combo, e)) continue;
    // Pressing it again on a block that has the format already turns it back (as in Word).
    toggleBlock(editor, format);
    return true;
  }
  return false;
}
