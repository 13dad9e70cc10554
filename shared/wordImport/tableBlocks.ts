import type { RichBlock } from '../protocol/richText';
import type { WordTable } from './wordBlock';

/**
 * How an imported table enters an item's text. The editor has no table element yet, so each
 * row becomes one paragraph with its cells separated by " | ": every cell's text is kept.
 * This is the one place to switch to real table nodes.
 */
export function tableBlocks(table: WordTable): RichBlock[] {
  return table.rows
    .map((row) =>
      row
        .map((cell) => cell.text.replace(/\s*\n\s*/g, ' ').trim())
        .join(' | ')
        .trim(),
    )
    .filter((text) => text.replace(/[\s|]/g, '') !== '')
    .map((text) => ({ type: 'paragraph' as const, children: [{ text }] }));
}
