import { describe, expect, it } from 'vitest';
import { buildPrintModel, type PrintBlock, type PrintDocument } from '../../../../shared/print';
import {
  cutAtPageBreaks,
  PART_SIZES,
  startsNewPage,
} from '../../../../shared/print/cutAtPageBreaks';
import { generateLargeProtocol } from '../../../generate/largeProtocol';

const size = (blocks: readonly PrintBlock[]) =>
  blocks.reduce((sum, b) => sum + JSON.stringify(b).length, 0);

/** The document with the item at `index` (of all blocks) given a paragraph of `chars` more text. */
function withLongerItem(doc: PrintDocument, index: number, chars: number): PrintDocument {
  const blocks = doc.blocks.map((b, i): PrintBlock => {
    if (i !== index || b.kind !== 'item') return b;
    const extra: PrintBlock = {
      kind: 'paragraph',
      role: 'body',
      runs: [{ text: 'x'.repeat(chars) }],
    };
    return { ...b, blocks: [...b.blocks, extra] as typeof b.blocks };
  });
  return { ...doc, blocks };
}

describe('cutting a print model at forced page breaks', () => {
  const model = buildPrintModel(generateLargeProtocol({ items: 150 }));
  const parts = cutAtPageBreaks(model);

  it('cuts at blocks that start a new page, losing nothing, into parts of a useful size', () => {
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.flatMap((p) => p.blocks)).toEqual(model.blocks);
    for (const part of parts.slice(1)) {
      expect(startsNewPage(part.blocks[0]!)).toBe(true);
      // A later part's first page is an ordinary page of the document.
      expect(part.furniture).toEqual({ ...model.furniture, firstPageHeader: undefined });
    }
    expect(parts[0]!.furniture).toEqual(model.furniture);
    for (const part of parts) expect(size(part.blocks)).toBeGreaterThanOrEqual(PART_SIZES.min);
    // Past the maximum a part ends at the next forced break (the last one may take a sliver).
    for (const part of parts.slice(0, -1)) {
      const lastBreak = part.blocks.findLastIndex((b, i) => i > 0 && startsNewPage(b));
      expect(size(part.blocks.slice(0, lastBreak))).toBeLessThan(PART_SIZES.max);
    }
  });

  it('keeps the other parts exactly when an item grows or shrinks', () => {
    const starts = parts.map((p) => model.blocks.indexOf(p.blocks[0]!));
    for (const [k, chars] of [
      [1, 3000],
      [2, 200],
      [parts.length - 1, 9000],
    ] as const) {
      // An item in the middle of part k.
      const index = starts[k]! + Math.floor(parts[k]!.blocks.length / 2);
      expect(model.blocks[index]!.kind).toBe('item');
      const edited = cutAtPageBreaks(withLongerItem(model, index, chars));
      // The parts before it are the same; after it, all but the one its cut may move into.
      expect(edited.slice(0, k)).toEqual(parts.slice(0, k));
      const tail = (list: PrintDocument[]) =>
        list.slice(-(parts.length - k - 2)).map((p) => p.blocks);
      if (parts.length - k - 2 > 0) expect(tail(edited)).toEqual(tail(parts));
    }
  });

  it('keeps the parts far from an inserted item', () => {
    const index = model.blocks.findIndex((b, i) => i > 20 && b.kind === 'item');
    const inserted = {
      ...(model.blocks[index] as Extract<PrintBlock, { kind: 'item' }>),
      id: 'new-item',
    };
    const blocks = [...model.blocks.slice(0, index), inserted, ...model.blocks.slice(index)];
    const edited = cutAtPageBreaks({ ...model, blocks });
    expect(edited.slice(-2).map((p) => p.blocks)).toEqual(parts.slice(-2).map((p) => p.blocks));
  });

  it('leaves a document whole when nothing forces a page break', () => {
    const flowing = model.blocks.map((b) => ('newPage' in b ? { ...b, newPage: false } : b));
    const blocks = flowing.filter((b) => b.kind !== 'pageBreak');
    expect(blocks.some(startsNewPage)).toBe(false);
    expect(cutAtPageBreaks({ ...model, blocks })).toEqual([{ ...model, blocks }]);
  });

  it('does not cut off a sliver: a short document, or a break near its end, stays whole', () => {
    const short = buildPrintModel(generateLargeProtocol({ items: 25 }));
    expect(size(short.blocks)).toBeLessThan(2 * PART_SIZES.min);
    expect(cutAtPageBreaks(short)).toHaveLength(1);
    // Only the last block starts a new page: too small a last part.
    const blocks = model.blocks
      .map((b, i) => ('newPage' in b ? { ...b, newPage: i === model.blocks.length - 1 } : b))
      .filter((b) => b.kind !== 'pageBreak');
    expect(cutAtPageBreaks({ ...model, blocks })).toHaveLength(1);
  });
});
