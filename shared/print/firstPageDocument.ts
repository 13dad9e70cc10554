import { mapStrings } from '../protocol/forbiddenCharacters';
import type { FurniturePart, PageHeader, PrintBlock, PrintDocument } from './printDocument';
import { startsNewPage } from './cutAtPageBreaks';

/**
 * Characters of printed text kept for the quick first page: more than two full pages of prose or
 * three of attendance tables, so everything that decides where page 1 ends (a heading kept with
 * its text, a decision kept whole) is still there and page 1 lays out as in the whole document.
 */
export const FIRST_PAGE_TEXT_BUDGET = 8000;

function textLength(block: PrintBlock): number {
  let length = 0;
  mapStrings(block, (text) => {
    length += text.length;
    return text;
  });
  return length;
}

/**
 * A page number without its total: "Sida 1" for "Sida 1 av 23", "1" for "1 (23)". The total of a
 * shortened document would be wrong, and a wrong total is never printed; a label that names the
 * total before the page is dropped whole.
 */
export function withoutPageTotal(parts: readonly FurniturePart[]): FurniturePart[] {
  const isField = (p: FurniturePart, field: 'page' | 'pages') => 'field' in p && p.field === field;
  const total = parts.findIndex((p) => isField(p, 'pages'));
  if (total < 0) return [...parts];
  const page = parts.findIndex((p) => isField(p, 'page'));
  return page >= 0 && page < total ? parts.slice(0, page + 1) : [];
}

const headerWithoutTotal = (header: PageHeader): PageHeader => ({
  ...header,
  pageNumber: withoutPageTotal(header.pageNumber),
});

/**
 * The start of a document, for showing its first page while the whole is printed: the blocks
 * up to `budget` characters of text or up to the first forced page break (nothing after it can
 * change page 1), at least one, with the same page furniture and no page total.
 */
export function firstPageDocument(
  doc: PrintDocument,
  budget: number = FIRST_PAGE_TEXT_BUDGET,
): PrintDocument {
  const blocks: PrintBlock[] = [];
  let length = 0;
  for (const block of doc.blocks) {
    if (blocks.length > 0 && (length >= budget || startsNewPage(block))) break;
    blocks.push(block);
    length += textLength(block);
  }
  const { firstPageHeader } = doc.furniture;
  return {
    ...doc,
    furniture: {
      ...doc.furniture,
      header: headerWithoutTotal(doc.furniture.header),
      ...(firstPageHeader ? { firstPageHeader: headerWithoutTotal(firstPageHeader) } : {}),
    },
    blocks,
  };
}
