import type { PrintBlock, PrintDocument } from './printDocument';

/** Whether a block starts on a new page whatever comes before it. */
export function startsNewPage(block: PrintBlock): boolean {
  return block.kind === 'pageBreak' || ('newPage' in block && block.newPage);
}

/** A block's share of the printing work, roughly: its text and structure (JSON characters). */
function weight(block: PrintBlock): number {
  return JSON.stringify(block).length;
}

/** What a block is, whatever is edited inside it: an item's id, any other block's content. */
function identity(block: PrintBlock): string {
  return block.kind === 'item' ? `item\u0000${block.id}` : JSON.stringify(block);
}

/** FNV-1a over UTF-16 code units: a cheap, stable spread of identities. */
function spreadHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export interface PartSizes {
  /** No part is lighter than this (the last one takes the rest rather than be a sliver). */
  min: number;
  /** Past this, the next forced page break ends the part. */
  max: number;
  /** Between min and max, one forced page break in `spread` (by its block's identity) ends it. */
  spread: number;
}

/**
 * Measured on two cores (150 items): one part of about 40 items prints in a quarter of the whole
 * document's time, and cutting the whole into five or six parts costs about a sixth more than
 * into two; parts under about 25 000 characters save less than their fixed cost.
 */
export const PART_SIZES: PartSizes = { min: 25_000, max: 70_000, spread: 16 };

/**
 * The document cut at forced page breaks (a § on a new page, an explicit page break) into parts
 * that each lay out alone to the whole document's pages: nothing flows across a forced break.
 * Where a part ends depends only on its own blocks and on the identity of the block after it,
 * never on the document's length or on the other parts, so an edit changes its own part (and at
 * most moves the cut after it): the other parts keep their exact content, and their printed PDFs
 * can be reused. One part (the document) when it has no forced break a part can end at.
 */
export function cutAtPageBreaks(doc: PrintDocument, sizes = PART_SIZES): PrintDocument[] {
  const weights = doc.blocks.map(weight);
  let rest = weights.reduce((sum, w) => sum + w, 0);
  const starts = [0];
  let part = 0;
  doc.blocks.forEach((block, index) => {
    const ends =
      index > 0 &&
      startsNewPage(block) &&
      part >= sizes.min &&
      rest >= sizes.min &&
      (part >= sizes.max || spreadHash(identity(block)) % sizes.spread === 0);
    if (ends) {
      starts.push(index);
      part = 0;
    }
    part += weights[index]!;
    rest -= weights[index]!;
  });
  return starts.map((start, i) => ({
    ...doc,
    blocks: doc.blocks.slice(start, starts[i + 1]),
    // The document's first page is in the first part; a later part's first page is an ordinary one.
    furniture: i === 0 ? doc.furniture : { ...doc.furniture, firstPageHeader: undefined },
  }));
}
