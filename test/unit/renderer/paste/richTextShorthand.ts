import type { ListItem, RichBlock, TextLeaf } from '../../../../shared/protocol/richText';

// Short builders so expected documents in the tests read like the document they describe.

type Run = string | TextLeaf;
const runs = (parts: Run[]): TextLeaf[] =>
  parts.map((p) => (typeof p === 'string' ? { text: p } : p));

export const b = (text: string): TextLeaf => ({ text, bold: true });
export const i = (text: string): TextLeaf => ({ text, italic: true });
export const u = (text: string): TextLeaf => ({ text, underline: true });
export const p = (...parts: Run[]): RichBlock => ({ type: 'paragraph', children: runs(parts) });
export const h = (...parts: Run[]): RichBlock => ({ type: 'heading', children: runs(parts) });
const li = (item: Run | Run[]): ListItem => ({
  type: 'list-item',
  children: runs(Array.isArray(item) ? item : [item]),
});
export const ul = (...items: (Run | Run[])[]): RichBlock => ({
  type: 'bulleted-list',
  children: items.map(li),
});
export const ol = (...items: (Run | Run[])[]): RichBlock => ({
  type: 'numbered-list',
  children: items.map(li),
});
