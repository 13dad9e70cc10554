import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { richTextSchema } from '../../../../shared/protocol/richText';
import {
  toggleBlock,
  toggleMark,
  withBlockBreaks,
} from '../../../../renderer/items/richTextCommands';
import { withRichTextSchema } from '../../../../renderer/items/richTextSchema';

function editorWith(children: unknown[]): Editor {
  const editor = withBlockBreaks(withRichTextSchema(createEditor()));
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

describe('body schema normalisation', () => {
  it('turns unknown blocks into paragraphs and drops unknown properties and marks', () => {
    const editor = editorWith([
      { type: 'block-quote', style: 'color:red', children: [{ text: 'Citat', color: 'red' }] },
      { type: 'paragraph', children: [{ text: 'Fet', bold: true, strikethrough: true }] },
    ]);
    expect(editor.children).toEqual([
      { type: 'paragraph', children: [{ text: 'Citat' }] },
      { type: 'paragraph', children: [{ text: 'Fet', bold: true }] },
    ]);
  });

  it('keeps lists flat: items in lists, nested lists lifted, paragraphs in lists become items', () => {
    const editor = editorWith([
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: 'Ett' }] },
          { type: 'paragraph', children: [{ text: 'Två' }] },
          {
            type: 'numbered-list',
            children: [{ type: 'list-item', children: [{ text: 'Tre' }] }],
          },
        ],
      },
      { type: 'list-item', children: [{ text: 'Lös' }] },
    ]);
    expect(richTextSchema.safeParse(editor.children).success).toBe(true);
    expect(editor.children).toEqual([
      {
        type: 'bulleted-list',
        children: ['Ett', 'Två', 'Tre'].map((text) => ({
          type: 'list-item',
          children: [{ text }],
        })),
      },
      { type: 'paragraph', children: [{ text: 'Lös' }] },
    ]);
  });

  it('text blocks hold only text and an empty document gets a paragraph', () => {
    const editor = editorWith([
      { type: 'heading', children: [{ type: 'paragraph', children: [{ text: 'Rubrik' }] }] },
    ]);
    expect(editor.children).toEqual([{ type: 'heading', children: [{ text: 'Rubrik' }] }]);
    expect(editorWith([]).children).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });
});

describe('formatting commands', () => {
  it('toggles a list on and off and a mark on typed text', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'Punkt' }] }]);
    Transforms.select(editor, Editor.end(editor, []));
    toggleBlock(editor, 'numbered-list');
    expect(editor.children).toEqual([
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'Punkt' }] }] },
    ]);
    toggleMark(editor, 'bold');
    editor.insertText(' fet');
    expect(richTextSchema.safeParse(editor.children).success).toBe(true);
    toggleBlock(editor, 'numbered-list');
    expect(editor.children).toEqual([
      { type: 'paragraph', children: [{ text: 'Punkt' }, { text: ' fet', bold: true }] },
    ]);
  });

  it('Enter in an empty list item leaves the list', () => {
    const editor = editorWith([
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Ett' }] }] },
    ]);
    Transforms.select(editor, Editor.end(editor, []));
    editor.insertBreak();
    editor.insertBreak();
    editor.insertText('Efter listan');
    expect(editor.children).toEqual([
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Ett' }] }] },
      { type: 'paragraph', children: [{ text: 'Efter listan' }] },
    ]);
  });
});
