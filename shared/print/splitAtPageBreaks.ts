import type { PrintBlock, PrintDocument } from './printDocument';

/** Whether a block starts on a new page whatever comes before it. */
export function startsNewPage(block: PrintBlock): boolean {
  return block.kind === 'pageBreak' || ('newPage' in block && block.newPage);
}

/** A block's share of the printing work, roughly: its text and structure. */
function weight(block: PrintBlock): number {
  return JSON.stringify(block).length;
}

/**
 * The document cut in two at the forced page break nearest the middle of its content, or
 * undefined when it has none that leaves at least a fifth on each side. Laid out separately,
 * the two parts give the same pages as the whole: nothing flows across a forced break.
 */
export function splitAtPageBreaks(doc: PrintDocument): [PrintDocument, PrintDocument] | undefined {
  const weights = doc.blocks.map(weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  let before = 0;
  let best: { index: number; distance: number } | undefined;
  doc.blocks.forEach((block, index) => {
    if (index > 0 && startsNewPage(block) && before >= total / 5 && total - before >= total / 5) {
      const distance = Math.abs(before - total / 2);
      if (!best || distance < best.distance) best = { index, distance };
    }
    before += weights[index]!;
  });
  if (!best) return undefined;
  return [
    { ...doc, blocks: doc.blocks.slice(0, best.index) },
    // The document's first page is in the first part; the second's first page is an ordinary one.
    {
      ...doc,
      blocks: doc.blocks.slice(best.index),
      furniture: { ...doc.furniture, firstPageHeader: undefined },
    },
  ];
}
