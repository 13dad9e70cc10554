import type {
  ListItem,
  RichBlock,
  RichText,
  Table,
  TextLeaf,
} from '../../shared/protocol/richText';
import { leaf, sameMarks, type MarkState } from './inlineMarks';

export type ListType = 'bulleted-list' | 'numbered-list';

/** Which list a pasted list item belongs to: items of the same list and kind are grouped. */
export interface ListRef {
  type: ListType;
  key: string;
}

interface PendingBlock {
  kind: 'paragraph' | 'heading' | 'list-item';
  list?: ListRef;
  leaves: TextLeaf[];
  /** A finished table, emitted as it is. */
  table?: Table;
}

export interface BuildOptions {
  /** Tables become paragraphs when false. */
  allowTables?: boolean;
  /** Headings become paragraphs when false (fields that hold paragraphs only). */
  allowHeadings?: boolean;
  /** List items become paragraphs when false. */
  allowLists?: boolean;
}

const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** Collapses white space across runs, trims the block and merges runs with equal marks. */
function tidyLeaves(leaves: TextLeaf[]): TextLeaf[] {
  const tidy: TextLeaf[] = [];
  let endsWithSpace = true; // drops leading space of the block
  for (const run of leaves) {
    let text = run.text.replace(SPACES, ' ');
    if (endsWithSpace && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    endsWithSpace = text.endsWith(' ');
    const previous = tidy[tidy.length - 1];
    if (previous && sameMarks(previous, run)) previous.text += text;
    else tidy.push({ ...run, text });
  }
  const last = tidy[tidy.length - 1];
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) tidy.pop();
  }
  return tidy;
}

/**
 * Collects pasted text into blocks while the HTML walker moves through the document, then
 * emits rich text restricted to the protocol's schema: no empty blocks, lists grouped.
 */
export class RichTextBuilder {
  private readonly done: PendingBlock[] = [];
  private current: PendingBlock | null = null;

  /** Starts a new block (finishing the open one). */
  open(kind: PendingBlock['kind'], list?: ListRef): void {
    this.close();
    this.current = list ? { kind, list, leaves: [] } : { kind, leaves: [] };
  }

  close(): void {
    if (this.current) this.done.push(this.current);
    this.current = null;
  }

  /** Adds a finished table as a block of its own. */
  table(table: Table): void {
    this.close();
    this.done.push({ kind: 'paragraph', leaves: [], table });
  }

  /** The kind of the open block, if any. */
  openKind(): PendingBlock['kind'] | null {
    return this.current?.kind ?? null;
  }

  /** Adds text to the open block; text outside any block opens a paragraph. */
  text(text: string, marks: MarkState): void {
    if (!text) return;
    if (!this.current) this.open('paragraph');
    this.current!.leaves.push(leaf(text, marks));
  }

  build(options: BuildOptions = {}): RichText {
    this.close();
    const blocks: RichBlock[] = [];
    let listKey: string | null = null; // the list the last emitted block belongs to
    for (const pending of this.done) {
      if (pending.table) {
        blocks.push(pending.table);
        listKey = null;
        continue;
      }
      const children = tidyLeaves(pending.leaves);
      if (children.length === 0) continue;
      listKey = appendBlock(blocks, pending, children, options, listKey);
    }
    return blocks;
  }
}

/** Appends one block, grouping list items of the same list; returns the block's list key. */
function appendBlock(
  blocks: RichBlock[],
  pending: PendingBlock,
  children: TextLeaf[],
  options: BuildOptions,
  previousListKey: string | null,
): string | null {
  const previous = blocks[blocks.length - 1];
  if (pending.kind === 'list-item' && pending.list && options.allowLists !== false) {
    const item: ListItem = { type: 'list-item', children };
    if (previous?.type === pending.list.type && previousListKey === pending.list.key) {
      previous.children.push(item);
    } else {
      blocks.push({ type: pending.list.type, children: [item] });
    }
    return pending.list.key;
  }
  const type =
    pending.kind === 'heading' && options.allowHeadings !== false ? 'heading' : 'paragraph';
  blocks.push({ type, children });
  return null;
}
