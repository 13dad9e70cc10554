import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withPaste } from '../paste/withPaste';
import { withBlockBreaks } from './richTextCommands';
import { withRichTextSchema } from './richTextSchema';
import type { ItemEditor } from './slateTypes';
import { withTables } from './table/tableCommands';

/** One Slate editor for one item's body (one per item keeps every edit local to that item). */
export function createItemEditor(): ItemEditor {
  // withPaste (Word/HTML/plain-text paste into the body schema) wraps withReact's insertData;
  // withRichTextSchema then keeps whatever arrives inside the schema; history records it all.
  const editor = withHistory(
    withPaste(withReact(withTables(withBlockBreaks(withRichTextSchema(createEditor()))))),
  );
  return editor as ItemEditor;
}
