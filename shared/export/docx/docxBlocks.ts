import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  AgendaBlock,
  AttendanceBlock,
  DecisionBlock,
  FactsBlock,
  ItemContentBlock,
  NoticeBlock,
  PrintBlock,
  SignatureBlock,
  TextRun as PrintRun,
} from '../../print/printDocument';
import { CONTENT_WIDTH } from './docxFurniture';
import { NUMBERING, STYLE } from './docxStyles';

type Out = Paragraph | Table;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Numbered body lists each restart at 1: one numbering instance per list. */
export interface DocxContext {
  nextListInstance: number;
}

function runs(rs: readonly PrintRun[]): TextRun[] {
  return rs.map(
    (r) =>
      new TextRun({
        text: r.text,
        ...(r.bold ? { bold: true } : {}),
        ...(r.italic ? { italics: true } : {}),
        ...(r.underline ? { underline: {} } : {}),
      }),
  );
}

function heading(level: 1 | 2, children: TextRun[], pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** A two-column table with explicit DXA widths; the first column may be bold labels. */
function twoColumns(
  rows: { left: string; right: string; bold?: boolean; span?: boolean }[],
  leftWidth: number,
): Table {
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const cell = (text: string, width: number, bold = false, columnSpan?: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(columnSpan ? { columnSpan } : {}),
      children: [
        new Paragraph({
          keepNext: true,
          spacing: { after: 40 },
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: NO_BORDERS,
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: r.span
            ? [cell(r.left, CONTENT_WIDTH, true, 2)]
            : [cell(r.left, leftWidth, r.bold), cell(r.right, rightWidth)],
        }),
    ),
  });
}

function decision(b: DecisionBlock): Out[] {
  const out: Out[] = [new Paragraph({ style: STYLE.decision, children: [new TextRun(b.heading)] })];
  if (b.intro) out.push(new Paragraph({ style: STYLE.intro, children: [new TextRun(b.intro)] }));
  b.attSatser.forEach((a, i) =>
    out.push(
      new Paragraph({
        style: STYLE.attSats,
        numbering: { reference: NUMBERING.attSats, level: 0 },
        // The last att-sats lets the page break after it.
        ...(i === b.attSatser.length - 1 ? { keepNext: false } : {}),
        children: [new TextRun(a)],
      }),
    ),
  );
  return out;
}

function content(b: ItemContentBlock, ctx: DocxContext): Out[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.level, [new TextRun(b.text)])];
    case 'paragraph': {
      const style =
        b.role === 'meta'
          ? STYLE.meta
          : b.role === 'note'
            ? STYLE.note
            : b.role === 'intro'
              ? STYLE.intro
              : undefined;
      return [new Paragraph({ ...(style ? { style } : {}), children: runs(b.runs) })];
    }
    case 'list': {
      const reference = b.ordered ? NUMBERING.ordered : NUMBERING.bullet;
      const instance = ctx.nextListInstance++;
      return b.items.map(
        (i) => new Paragraph({ numbering: { reference, level: 0, instance }, children: runs(i) }),
      );
    }
    case 'decision':
      return decision(b);
  }
}

function attendance(b: AttendanceBlock): Out[] {
  const rows = b.sections.flatMap((s) => [
    ...(s.subheading ? [{ left: s.subheading, right: '', bold: true, span: true }] : []),
    ...s.rows.map((r) => ({ left: r.name, right: r.detail })),
  ]);
  return [
    new Paragraph({ style: STYLE.label, keepNext: true, children: [new TextRun(b.heading)] }),
    twoColumns(rows, 7400),
  ];
}

function agenda(b: AgendaBlock): Out[] {
  const out: Out[] = [heading(1, [new TextRun(b.heading)])];
  for (const e of b.entries) {
    out.push(
      new Paragraph({
        keepNext: e.details.length > 0,
        spacing: { after: 40 },
        children: [new TextRun({ text: `${e.number}\t${e.title}`, bold: true })],
        tabStops: [{ type: 'left', position: 1020 }],
      }),
    );
    e.details.forEach((d) =>
      out.push(
        new Paragraph({ style: STYLE.meta, indent: { left: 1020 }, children: [new TextRun(d)] }),
      ),
    );
  }
  return out;
}

function signatures(b: SignatureBlock): Out[] {
  const out: Out[] = [
    new Paragraph({
      style: STYLE.label,
      keepNext: true,
      children: [new TextRun([b.heading, b.range].filter(Boolean).join(' '))],
    }),
  ];
  b.signers.forEach((s, i) => {
    const role = [s.role, s.range].filter(Boolean).join(' ');
    // The line to sign on: an empty paragraph with a bottom border, then the name under it.
    out.push(
      new Paragraph({
        style: STYLE.signature,
        keepNext: true,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        indent: { right: 2800 },
        children: [],
      }),
      new Paragraph({
        keepNext: i < b.signers.length - 1,
        keepLines: true,
        children: [new TextRun(`${s.name} | ${role}`)],
      }),
    );
  });
  return out;
}

function facts(b: FactsBlock): Out[] {
  return [
    twoColumns(
      b.rows.map((r) => ({ left: r.label.toUpperCase(), right: r.value, bold: true })),
      2600,
    ),
  ];
}

function notice(b: NoticeBlock): Out[] {
  return [
    heading(1, [new TextRun(b.heading)]),
    new Paragraph({ keepNext: true, children: [new TextRun(b.body)] }),
    twoColumns(
      b.rows.map((r) => ({ left: r.label, right: r.value, bold: true })),
      4200,
    ),
  ];
}

/** One print block as DOCX paragraphs and tables, in the same order as the HTML. */
export function docxBlock(b: PrintBlock, ctx: DocxContext, pendingBreak: boolean): Out[] {
  switch (b.kind) {
    case 'facts':
      return facts(b);
    case 'attendance':
      return attendance(b);
    case 'agenda': {
      const [first, ...rest] = agenda(b);
      return pendingBreak
        ? [new Paragraph({ children: [], pageBreakBefore: true }), first!, ...rest]
        : [first!, ...rest];
    }
    case 'signatures':
      return signatures(b);
    case 'notice':
      return notice(b);
    case 'pageBreak':
      return [];
    case 'item':
      return [
        heading(
          1,
          [new TextRun({ text: b.number, break: 0 }), new TextRun({ text: b.title, break: 1 })],
          b.newPage || pendingBreak,
        ),
        ...b.blocks.flatMap((c) => content(c, ctx)),
      ];
    default:
      return content(b, ctx);
  }
}
