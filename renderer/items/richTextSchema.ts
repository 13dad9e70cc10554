import { Editor, Element, Node, Text, Transforms, type NodeEntry } from 'slate';
import './slateTypes';
import { normalizeTable, normalizeTableRow } from './table/tableSchema';

// Keeps a body editor inside the protocol's rich-text schema whatever an edit or a paste did:
// top-level paragraphs, headings, lists and tables; lists hold list items, tables rows of cells
// (tableSchema.ts); text blocks hold only text; text carries no marks but bold, italic and
// underline.

const TEXT_BLOCKS: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'list-item',
  'table-cell',
]);
const LIST_TYPES = ['bulleted-list', 'numbered-list'];
const LISTS: ReadonlySet<string> = new Set(LIST_TYPES);
const TOP_LEVEL: ReadonlySet<string> = new Set(['paragraph', 'heading', 'table', ...LIST_TYPES]);
const MARKS: ReadonlySet<string> = new Set(['bold', 'italic', 'underline']);

export function isListType(type: string): type is 'bulleted-list' | 'numbered-list' {
  return LISTS.has(type);
}

function extraKeys(node: object, allowed: (key: string) => boolean): string[] {
  return Object.keys(node).filter((k) => !allowed(k));
}

/** Removes properties the schema does not know; true when it changed something. */
function stripProperties(editor: Editor, node: Node, path: number[]): boolean {
  if (Text.isText(node)) {
    const record = node as unknown as Record<string, unknown>;
    const bad = extraKeys(node, (k) => k === 'text' || (MARKS.has(k) && record[k] === true));
    if (bad.length > 0) {
      Transforms.unsetNodes(editor, bad, { at: path });
      return true;
    }
    return false;
  }
  if (Element.isElement(node)) {
    const record = node as unknown as Record<string, unknown>;
    const bad = extraKeys(
      node,
      (k) =>
        k === 'type' ||
        k === 'children' ||
        (k === 'header' && node.type === 'table' && record[k] === true),
    );
    if (bad.length > 0) {
      Transforms.unsetNodes(editor, bad, { at: path });
      return true;
    }
  }
  return false;
}

function normalizeTopLevel(editor: Editor): boolean {
  if (editor.children.length === 0) {
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
    return true;
  }
  for (const [child, childPath] of Node.children(editor, [])) {
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: childPath });
      return true;
    }
    const type = (child as { type?: string }).type ?? '';
    if (!TOP_LEVEL.has(type)) {
      // A stray list item, row or cell, or an unknown block, becomes a paragraph.
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: childPath });
      return true;
    }
  }
  return false;
}

function normalizeList(editor: Editor, list: Element, path: number[]): boolean {
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: childPath });
      return true;
    }
    if (LISTS.has(child.type)) {
      Transforms.unwrapNodes(editor, { at: childPath }); // flatten nested lists
      return true;
    }
    if (child.type !== 'list-item') {
      Transforms.setNodes(editor, { type: 'list-item' }, { at: childPath });
      return true;
    }
  }
  // Two lists of the same kind next to each other become one.
  const index = path[path.length - 1] ?? 0;
  if (path.length === 1 && index > 0) {
    const previous = editor.children[index - 1];
    if (previous && Element.isElement(previous) && previous.type === list.type) {
      Transforms.mergeNodes(editor, { at: path });
      return true;
    }
  }
  return false;
}

function normalizeTextBlock(editor: Editor, path: number[]): boolean {
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Element.isElement(child)) {
      Transforms.unwrapNodes(editor, { at: childPath }); // text blocks hold text only
      return true;
    }
  }
  return false;
}

/** Adds the schema's normalisation to an editor. */
export function withRichTextSchema<T extends Editor>(editor: T): T {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      if (normalizeTopLevel(editor)) return;
    } else if (stripProperties(editor, node, path)) {
      return;
    } else if (Element.isElement(node)) {
      const type = node.type as string;
      if (LISTS.has(type) && normalizeList(editor, node, path)) return;
      if (type === 'table' && normalizeTable(editor, node, path)) return;
      if (type === 'table-row' && normalizeTableRow(editor, path)) return;
      if (TEXT_BLOCKS.has(type) && normalizeTextBlock(editor, path)) return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
