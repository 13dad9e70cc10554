import { Document, Packer } from 'docx';
import type { PrintDocument } from '../../print/printDocument';
import { mapStrings, removeForbiddenCharacters } from '../../protocol/forbiddenCharacters';
import { topMarginMm } from '../../print/brandingHeader';
import { docxBlock, type DocxContext } from './docxBlocks';
import { docxFurniture } from './docxFurniture';
import { docxNumbering, docxStyles } from './docxStyles';

/** A4 in twentieths of a point, margins as in the print CSS (32/20/20-30/25 mm). */
const mm = (v: number) => Math.round((v / 25.4) * 1440);

/**
 * The print model as a Word document: same blocks, same order as the PDF. Characters XML forbids
 * are dropped here whatever the caller passes, so word/document.xml is always well-formed.
 */
export async function renderDocx(input: PrintDocument): Promise<Uint8Array> {
  const doc = mapStrings(input, removeForbiddenCharacters);
  const ctx: DocxContext = { nextListInstance: 1 };
  const children = [];
  let pendingBreak = false;
  for (const block of doc.blocks) {
    if (block.kind === 'pageBreak') {
      pendingBreak = true;
      continue;
    }
    children.push(...docxBlock(block, ctx, pendingBreak));
    pendingBreak = false;
  }
  const furniture = docxFurniture(doc.furniture);
  const document = new Document({
    // Word shows the creator as the document's author: the same person the PDF names.
    creator: doc.info.author || 'Paragraf',
    title: doc.info.title,
    subject: doc.info.subject,
    keywords: doc.info.keywords.join('; '),
    lastModifiedBy: 'Paragraf',
    styles: docxStyles(),
    numbering: docxNumbering(),
    features: { updateFields: false },
    sections: [
      {
        properties: {
          titlePage: furniture.titlePage,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(topMarginMm(doc.furniture)),
              bottom: mm(doc.furniture.footerBoxes.length > 0 ? 30 : 20),
              left: mm(25),
              right: mm(20),
              header: mm(10),
              footer: mm(8),
            },
          },
        },
        headers: furniture.headers,
        ...(furniture.footers ? { footers: furniture.footers } : {}),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
