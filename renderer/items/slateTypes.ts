import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { RichElement, TextLeaf } from '../../shared/protocol/richText';

/** The body editor's element and text types: exactly the protocol's rich-text schema. */
export type ItemEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: ItemEditor;
    Element: RichElement;
    Text: TextLeaf;
  }
}

export type BlockType = RichElement['type'];
export type MarkName = 'bold' | 'italic' | 'underline';
