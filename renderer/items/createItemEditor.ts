import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withBlockBreaks } from './richTextCommands';
import { withRichTextSchema } from './richTextSchema';
import type { ItemEditor } from './slateTypes';

type EditorPlugin = (editor: Editor) => Editor;

// Hook point for the Word/HTML paste plugin: picked up when renderer/paste/withPaste.ts exists,
// so the body editor works with or without it. The plugin sanitises into the same schema that
// withRichTextSchema then enforces.
const pasteModules = import.meta.glob<{ withPaste?: EditorPlugin }>('../paste/withPaste.ts', {
  eager: true,
});
const withPaste: EditorPlugin =
  Object.values(pasteModules)[0]?.withPaste ?? ((editor: Editor) => editor);

/** One Slate editor for one item's body (one per item keeps every edit local to that item). */
export function createItemEditor(): ItemEditor {
  // withPaste sits outside withReact so it sees insertData first; history records it all.
  const editor = withHistory(
    withPaste(withReact(withBlockBreaks(withRichTextSchema(createEditor())))),
  );
  return editor as ItemEditor;
}
