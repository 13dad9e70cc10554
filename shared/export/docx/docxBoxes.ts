import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { NoticeBlock, TitleBlock } from '../../print/printDocument';
import { CONTENT_WIDTH, LINE, NO_BORDERS, twoColumns } from './docxTables';

/** Half-points: the sizes of the PDF's title block (24 pt, 14 pt). */
const KIND_SIZE = 48;
const ORGAN_SIZE = 28;

/** Page 1's title block: the document kind large, the organ, date, place and time; a rule under. */
export function titleBlock(b: TitleBlock): (Paragraph | Table)[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 0, after: 40 },
      children: [new TextRun({ text: b.documentKind, size: KIND_SIZE })],
    }),
    ...(b.organ
      ? [
          new Paragraph({
            keepNext: true,
            spacing: { after: 200 },
            children: [new TextRun({ text: b.organ, size: ORGAN_SIZE })],
          }),
        ]
      : []),
    twoColumns(
      b.rows.map((r) => ({ left: r.label.toUpperCase(), right: r.value, bold: true })),
      // 53 mm, as in the PDF: room for "SAMMANTRÄDESDATUM".
      3000,
    ),
    new Paragraph({ border: { bottom: { ...LINE, space: 4 } }, spacing: { after: 360 } }),
  ];
}

/** The anslagsbevis in a box, as in the PDF, with lines to fill in the dates by hand. */
export function noticeBox(b: NoticeBlock): (Paragraph | Table)[] {
  const inner = CONTENT_WIDTH - 400;
  return [
    // Room above the box, as the PDF's margin.
    new Paragraph({ keepNext: true, children: [] }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [CONTENT_WIDTH],
      borders: { ...NO_BORDERS, top: LINE, bottom: LINE, left: LINE, right: LINE },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: CONTENT_WIDTH, type: WidthType.DXA },
              margins: { top: 120, bottom: 200, left: 200, right: 200 },
              children: [
                new Paragraph({
                  heading: HeadingLevel.HEADING_1,
                  spacing: { before: 0 },
                  children: [new TextRun(b.heading)],
                }),
                new Paragraph({ keepNext: true, children: [new TextRun(b.body)] }),
                twoColumns(
                  b.rows.map((r) => ({ left: r.label, right: r.value, bold: true })),
                  3800,
                  { width: inner, underlineValues: true },
                ),
              ],
            }),
          ],
        }),
      ],
    }),
  ];
}
