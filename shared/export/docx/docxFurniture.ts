import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  AlignmentType,
} from 'docx';
import type { PageFurniture, PageHeader } from '../../print/printDocument';
import { STYLE } from './docxStyles';

/** Text width of an A4 page with 25 mm + 20 mm side margins, in twentieths of a point. */
export const CONTENT_WIDTH = 9071;
const LEFT = 6000;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function pageNumberRun(header: PageHeader): TextRun {
  // PAGE and NUMPAGES fields: LibreOffice leaves the section variant blank.
  const children = header.pageNumber.map((p) =>
    'field' in p ? (p.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES) : p.text,
  );
  return new TextRun({ children });
}

function headerTable(header: PageHeader, first: boolean): Table {
  const size = first ? 22 : undefined;
  const line = (text: string, bold: boolean, right = false) =>
    new Paragraph({
      style: STYLE.header,
      ...(right ? { alignment: AlignmentType.RIGHT } : {}),
      children: [new TextRun({ text, bold, ...(size && !right ? { size } : {}) })],
    });
  const left = [line(header.documentKind, first), line(header.organ, first)];
  const right = [
    line(header.dateLabel, false, true),
    line(header.date, false, true),
    new Paragraph({
      style: STYLE.header,
      alignment: AlignmentType.RIGHT,
      children: [pageNumberRun(header)],
    }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, CONTENT_WIDTH - LEFT],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: LEFT, type: WidthType.DXA }, children: left }),
          new TableCell({
            width: { size: CONTENT_WIDTH - LEFT, type: WidthType.DXA },
            children: right,
          }),
        ],
      }),
    ],
  });
}

function footerTable(boxes: readonly string[]): Table {
  const width = Math.floor(CONTENT_WIDTH / boxes.length);
  const box = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: width * boxes.length, type: WidthType.DXA },
    columnWidths: boxes.map(() => width),
    rows: [
      new TableRow({
        height: { value: 700, rule: 'atLeast' },
        children: boxes.map(
          (label) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders: { top: box, bottom: box, left: box, right: box },
              children: [
                new Paragraph({
                  style: STYLE.header,
                  children: [new TextRun({ text: label, size: 14 })],
                }),
              ],
            }),
        ),
      }),
    ],
  });
}

/** Default and (when asked for) first-page headers, and the footer boxes. */
export function docxFurniture(f: PageFurniture) {
  const headers = {
    default: new Header({
      children: [
        headerTable(f.header, false),
        new Paragraph({ style: STYLE.header, children: [] }),
      ],
    }),
    ...(f.firstPageHeader
      ? {
          first: new Header({
            children: [
              headerTable(f.firstPageHeader, true),
              new Paragraph({ style: STYLE.header, children: [] }),
            ],
          }),
        }
      : {}),
  };
  const footer =
    f.footerBoxes.length > 0 ? new Footer({ children: [footerTable(f.footerBoxes)] }) : undefined;
  const footers = footer
    ? { default: footer, ...(f.firstPageHeader ? { first: footer } : {}) }
    : undefined;
  return { headers, footers, titlePage: f.firstPageHeader !== undefined };
}
