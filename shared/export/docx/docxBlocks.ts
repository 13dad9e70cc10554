import { BorderStyle, HeadingLevel, Paragraph, Table, TextRun } from 'docx';
import type {
  AgendaBlock,
  AttendanceBlock,
  DecisionBlock,
  FactsBlock,
  GridBlock,
  ItemContentBlock,
  PrintBlock,
  SignatureBlock,
  TextRun as PrintRun,
} from '../../print/printDocument';
import { bodyTable } from './docxBodyTable';
import { noticeBox, titleBlock } from './docxBoxes';
import { attendanceNameShare } from '../attendanceColumns';
import { CONTENT_WIDTH, grid, twoColumns } from './docxTables';
import { NUMBERING, STYLE } from './docxStyles';

type Out = Paragraph | Table;

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
    case 'table':
      // An empty paragraph after it: Word joins two tables that touch into one.
      return [bodyTable(b, runs), new Paragraph({ spacing: { after: 0 }, children: [] })];
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
    twoColumns(rows, Math.round(CONTENT_WIDTH * attendanceNameShare(b))),
  ];
}

function agenda(b: AgendaBlock): Out[] {
  const out: Out[] = [heading(1, [new TextRun(b.heading)])];
  for (const e of b.entries) {
    out.push(
      new Paragraph({
        keepNext: e.details.length > 0,
        spacing: { after: 40 },
        children: [
          new TextRun({ text: `${e.number}\t`, bold: true }),
          ...(e.time ? [new TextRun(`${e.time} `)] : []),
          new TextRun({ text: e.title, bold: true }),
        ],
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
    // As a protokoll prints it: the role, the line to sign on (an empty paragraph with a bottom
    // border), then the name under it.
    out.push(
      new Paragraph({ keepNext: true, keepLines: true, children: [new TextRun(role)] }),
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
        children: [new TextRun(s.name)],
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

function gridBlock(b: GridBlock, pendingBreak: boolean): Out[] {
  const out: Out[] = [];
  if (b.heading) out.push(heading(1, [new TextRun(b.heading)], b.newPage || pendingBreak));
  if (b.legend) out.push(new Paragraph({ style: STYLE.meta, children: [new TextRun(b.legend)] }));
  out.push(grid(b.columns, b.rows), new Paragraph({ children: [] }));
  return out;
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
      return noticeBox(b);
    case 'title':
      return titleBlock(b);
    case 'pageBreak':
      return [];
    case 'grid':
      return gridBlock(b, pendingBreak);
    case 'item':
      return [
        heading(
          1,
          b.numberInline
            ? [new TextRun(`${b.number} ${b.title}`)]
            : [new TextRun({ text: b.number, break: 0 }), new TextRun({ text: b.title, break: 1 })],
          b.newPage || pendingBreak,
        ),
        ...b.blocks.flatMap((c) => content(c, ctx)),
      ];
    default:
      return content(b, ctx);
  }
}
