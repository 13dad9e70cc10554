import type { ListItem, RichBlock, TextLeaf } from '../protocol/richText';

/**
 * Text as the editor holds it, by the rules pasting follows: a line break ends a paragraph (in a
 * heading or list item it is a space), a tab is a space, empty paragraphs are left out.
 */
export function paragraphsOf(leaves: readonly TextLeaf[]): RichBlock[] {
  const out: RichBlock[] = [];
  let current: TextLeaf[] = [];
  const close = () => {
    if (current.some((l) => l.text.trim() !== ''))
      out.push({ type: 'paragraph', children: current });
    current = [];
  };
  for (const leaf of leaves) {
    leaf.text.split('\n').forEach((part, i) => {
      if (i > 0) close();
      const text = part.replace(/\t/g, ' ');
      if (text !== '') current.push({ ...leaf, text });
    });
  }
  close();
  return out;
}

/** One line of text: breaks and tabs as spaces (headings, list items, titles). */
export function oneLine(text: string): string {
  return text.replace(/[\n\t]+/g, ' ');
}

export function listItemOf(leaves: readonly TextLeaf[]): ListItem {
  const children = leaves
    .map((l) => ({ ...l, text: oneLine(l.text) }))
    .filter((l) => l.text !== '');
  return { type: 'list-item', children: children.length > 0 ? children : [{ text: '' }] };
}
