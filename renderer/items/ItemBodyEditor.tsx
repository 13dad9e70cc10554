import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Descendant } from 'slate';
import { Editable, Slate } from 'slate-react';
import { useReadOnly } from '../core/widgets/readOnly';
import type { RichText } from '../../shared/protocol/richText';
import { handleTextShortcut } from '../keyboard/textShortcuts';
import { BodyToolbar } from './BodyToolbar';
import { renderBodyElement, renderBodyLeaf } from './bodyRendering';
import { createItemEditor } from './createItemEditor';
import { toggleMark } from './richTextCommands';
import type { MarkName } from './slateTypes';
import { useItemUpdate } from './useItemUpdate';
import { moveToCell } from './table/tableCommands';
import { TableToolbar } from './table/TableToolbar';
import './table/table.css';

const SHORTCUT_MARKS: Record<string, MarkName> = { b: 'bold', i: 'italic', u: 'underline' };

const EMPTY_BODY: RichText = [{ type: 'paragraph', children: [{ text: '' }] }];

interface Props {
  itemId: string;
  /** Printed number, e.g. "§ 46"; names the editor for screen readers and tests. */
  label: string;
  body: RichText;
}

/**
 * The rich-text body of one item, in its own Slate editor. Edits go to the draft store; the
 * store's new body comes back as a prop identical to what the editor holds, so typing does not
 * reset the editor. A body changed elsewhere (restore, paste into the model) replaces the content.
 */
export const ItemBodyEditor = memo(function ItemBodyEditor({ itemId, label, body }: Props) {
  const [editor] = useState(createItemEditor);
  const committed = useRef<unknown>(body);
  const update = useItemUpdate(itemId);
  const readOnly = useReadOnly().isItemReadOnly(itemId);
  const initial = body.length > 0 ? body : EMPTY_BODY;

  useEffect(() => {
    if (body === committed.current) return;
    committed.current = body;
    editor.children = (body.length > 0 ? body : EMPTY_BODY) as Descendant[];
    editor.selection = null;
    editor.onChange();
  }, [body, editor]);

  const onChange = useCallback(
    (value: Descendant[]) => {
      if (!editor.operations.some((op) => op.type !== 'set_selection')) return;
      committed.current = value;
      update((item) => ({ ...item, body: value as RichText }));
    },
    [editor, update],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      // Word's block shortcuts (lists, heading, normal paragraph) from the keyboard module.
      // Tab and Shift+Tab move between table cells; outside a table Tab leaves the text.
      if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        if (moveToCell(editor, e.shiftKey ? -1 : 1)) e.preventDefault();
        return;
      }
      if (handleTextShortcut(editor, e.nativeEvent)) {
        e.preventDefault();
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const mark = SHORTCUT_MARKS[e.key.toLowerCase()];
      if (!mark) return;
      e.preventDefault();
      toggleMark(editor, mark);
    },
    [editor],
  );

  return (
    <div className="item-body">
      <Slate editor={editor} initialValue={initial as Descendant[]} onChange={onChange}>
        <BodyToolbar label={label} />
        <TableToolbar label={label} />
        <Editable
          className="body-editable"
          aria-label={`Brödtext för ${label}`}
          data-field="body"
          aria-multiline="true"
          role="textbox"
          lang="sv"
          spellCheck
          placeholder="Skriv ärendets text …"
          renderElement={renderBodyElement}
          renderLeaf={renderBodyLeaf}
          onKeyDown={onKeyDown}
          readOnly={readOnly}
        />
      </Slate>
    </div>
  );
});
