import { describe, expect, it } from 'vitest';
import { buildPrintModel } from '../../../../shared/print';
import { splitAtPageBreaks, startsNewPage } from '../../../../shared/print/splitAtPageBreaks';
import { generateLargeProtocol } from '../../../generate/largeProtocol';

describe('splitting a print model at a forced page break', () => {
  const model = buildPrintModel(generateLargeProtocol({ items: 40 }));

  it('cuts at a block that starts a new page, near the middle, losing nothing', () => {
    const [first, second] = splitAtPageBreaks(model)!;
    expect(startsNewPage(second.blocks[0]!)).toBe(true);
    expect([...first.blocks, ...second.blocks]).toEqual(model.blocks);
    const size = (blocks: unknown[]) => JSON.stringify(blocks).length;
    const share = size(first.blocks) / size(model.blocks);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    expect(second.furniture).toEqual(model.furniture);
  });

  it('leaves a document whole when nothing forces a page break', () => {
    const flowing = model.blocks.map((b) => ('newPage' in b ? { ...b, newPage: false } : b));
    const blocks = flowing.filter((b) => b.kind !== 'pageBreak');
    expect(blocks.some(startsNewPage)).toBe(false);
    expect(splitAtPageBreaks({ ...model, blocks })).toBeUndefined();
  });

  it('does not cut off a sliver: each part holds at least a fifth', () => {
    // Only the last block starts a new page: too small a second part.
    const blocks = model.blocks.map((b, i) =>
      'newPage' in b ? { ...b, newPage: i === model.blocks.length - 1 } : b,
    );
    const noBreaks = blocks.filter((b) => b.kind !== 'pageBreak');
    expect(splitAtPageBreaks({ ...model, blocks: noBreaks })).toBeUndefined();
  });
});
