import {
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
  ImageRun,
} from 'docx';
import type { PageFurniture, PageHeader, PrintLogo } from '../../print/printDocument';
import { base64Bytes } from '../../template/logo';
import { STYLE } from './docxStyles';
import { CONTENT_WIDTH, LINE, NO_BORDERS } from './docxTables';

export { CONTENT_WIDTH } from './docxTables';
const LEFT = 6000;

function pageNumberRun(header: PageHeader): TextRun {
  // PAGE and NUMPAGES fields: LibreOffice leaves the section variant blank.
  const children = header.pageNumber.map((p) =>
    'field' in p ? (p.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES) : p.text,
  );
  return new TextRun({ children });
}

/** "UTKAST – ej justerat", bold, so a draft is never taken for the signed protokoll. */
function markLine(mark: string): Paragraph {
  return new Paragraph({
    style: STYLE.header,
    children: [new TextRun({ text: mark, bold: true })],
  });
}

const PX_PER_MM = 96 / 25.4;

/** The template's logo as the PDF prints it: same PNG, same size (docx sizes in 96-dpi pixels). */
function logoLine(logo: PrintLogo | undefined): Paragraph[] {
  const data = logo && base64Bytes(logo.png);
  if (!logo || !data) return [];
  return [
    new Paragraph({
      style: STYLE.header,
      children: [
        new ImageRun({
          type: 'png',
          data,
          transformation: {
            width: Math.round(logo.widthMm * PX_PER_MM),
            height: Math.round(logo.heightMm * PX_PER_MM),
          },
          altText: { name: 'Logotyp', description: 'Logotyp', title: 'Logotyp' },
        }),
      ],
    }),
  ];
}

function headerTable(header: PageHeader): Table {
  const line = (text: string, right = false) =>
    new Paragraph({
      style: STYLE.header,
      ...(right ? { alignment: AlignmentType.RIGHT } : {}),
      children: [new TextRun(text)],
    });
  const left = [
    ...(header.mark ? [markLine(header.mark)] : []),
    ...(header.organisation ? [line(header.organisation)] : []),
    line(header.documentKind),
    line(header.organ),
    ...(header.dnr ? [line(header.dnr)] : []),
  ];
  const right = [
    // An empty line beside the mark (and the organisation) keeps the date beside the document kind.
    ...(header.mark ? [line('', true)] : []),
    ...(header.organisation ? [line('', true)] : []),
    line(header.dateLabel, true),
    line(header.date, true),
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

/** Page 1 with a title block: only its page number, right-aligned. */
function firstPageNumber(header: PageHeader): Paragraph {
  return new Paragraph({
    style: STYLE.header,
    alignment: AlignmentType.RIGHT,
    children: [pageNumberRun(header)],
  });
}

function footerTable(boxes: readonly string[]): Table {
  const width = Math.floor(CONTENT_WIDTH / boxes.length);
  const box = LINE;
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

/** Default and (when the layout has a title block) first-page headers, and the footer boxes. */
export function docxFurniture(f: PageFurniture) {
  const headers = {
    default: new Header({
      children: [
        ...logoLine(f.header.logo),
        headerTable(f.header),
        new Paragraph({ style: STYLE.header, children: [] }),
      ],
    }),
    ...(f.firstPageHeader
      ? {
          first: new Header({
            children: [
              ...logoLine(f.firstPageHeader.logo),
              ...(f.firstPageHeader.mark ? [markLine(f.firstPageHeader.mark)] : []),
              ...(f.firstPageHeader.organisation
                ? [new Paragraph({ style: STYLE.header, text: f.firstPageHeader.organisation })]
                : []),
              firstPageNumber(f.firstPageHeader),
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
