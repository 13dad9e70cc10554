/**
 * The print model: everything a renderer needs to lay out a protokoll, in print order.
 * The HTML (PDF) and DOCX renderers consume only this, so both show the same content.
 */

/** A run of text with the marks the editor allows. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** A piece of page furniture text: literal text or a page/page-count field. */
export type FurniturePart = { text: string } | { field: 'page' | 'pages' };

/** Paragraph roles, mapped to named styles in both renderers. */
export type ParagraphRole =
  | 'body'
  | 'meta' // Dnr, presenters, documents, time slot
  | 'intro' // decision or proposal intro line
  | 'label' // a small caps-like field label ("PLATS")
  | 'note'; // immediate adjustment, jäv and similar remarks

export interface HeadingBlock {
  kind: 'heading';
  /** 1: a section of the document (an item title is one too); 2: a sub-heading inside an item. */
  level: 1 | 2;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: TextRun[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: TextRun[][];
}

/** A table from item text: rows of cells, each cell a line of marked text. */
export interface TableBlock {
  kind: 'table';
  /** The first row holds column headings. */
  header: boolean;
  rows: TextRun[][][];
}

/** One row of an attendance table: the person's text and, optionally, what they served as. */
export interface AttendanceRow {
  name: string;
  detail: string;
}

export interface AttendanceBlock {
  kind: 'attendance';
  heading: string;
  sections: { subheading?: string; rows: AttendanceRow[] }[];
}

export interface AgendaEntry {
  number: string;
  title: string;
  /** The item's time slot ("10:15-10:45"), printed before the title as in a sent-out agenda. */
  time?: string;
  details: string[];
}

export interface AgendaBlock {
  kind: 'agenda';
  heading: string;
  entries: AgendaEntry[];
}

/** "Förslag till beslut" or "Beslut": an intro and att-satser, kept together on one page. */
export interface DecisionBlock {
  kind: 'decision';
  variant: 'proposal' | 'decision';
  heading: string;
  intro: string;
  attSatser: string[];
}

export interface Signer {
  role: string;
  name: string;
  /** E.g. "§ 46–55" for a justerare. */
  range: string;
}

export interface SignatureBlock {
  kind: 'signatures';
  heading: string;
  /** E.g. "§ 46–55", printed after the heading. */
  range: string;
  signers: Signer[];
}

export interface NoticeBlock {
  kind: 'notice';
  heading: string;
  body: string;
  rows: { label: string; value: string }[];
}

/** Label / value pairs printed as a small table (Plats och tid, Justering). */
export interface FactsBlock {
  kind: 'facts';
  rows: { label: string; value: string }[];
}

/**
 * Page 1's title block when the layout asks for a first page of its own look: the document kind
 * large, the organ, then date, place and time as label / value rows.
 */
export interface TitleBlock {
  kind: 'title';
  documentKind: string;
  organ: string;
  rows: { label: string; value: string }[];
}

export interface ItemBlock {
  kind: 'item';
  id: string;
  number: string;
  title: string;
  /** "1. Mötets öppnande" on one line (plain numbering); "§ 46" sits above the title otherwise. */
  numberInline?: boolean;
  /** Starts on a new page (layout.itemOnNewPage). */
  newPage: boolean;
  blocks: ItemContentBlock[];
}

/**
 * A table of people by item (the närvaro- och omröstningsbilaga): a row per person, a column per
 * item. A long meeting is split into several grids; only the first has the heading and legend.
 */
export interface GridBlock {
  kind: 'grid';
  heading: string;
  legend: string;
  /** Starts on a new page. */
  newPage: boolean;
  columns: string[];
  rows: { name: string; cells: string[] }[];
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type ItemContentBlock =
  HeadingBlock | ParagraphBlock | ListBlock | TableBlock | DecisionBlock;

export type PrintBlock =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | AttendanceBlock
  | AgendaBlock
  | DecisionBlock
  | FactsBlock
  | TitleBlock
  | SignatureBlock
  | NoticeBlock
  | ItemBlock
  | GridBlock
  | PageBreakBlock;

/** A checked PNG logo and the size it prints at. */
export interface PrintLogo {
  /** The PNG, base64. */
  png: string;
  /** Pixels. */
  width: number;
  height: number;
  widthMm: number;
  heightMm: number;
}

/** The header printed at the top of a page. */
export interface PageHeader {
  /** The organisation's name from the template, above the document kind. */
  organisation?: string;
  /** The organisation's logo from the template, at the left of the header. */
  logo?: PrintLogo;
  documentKind: string;
  organ: string;
  dateLabel: string;
  date: string;
  pageNumber: FurniturePart[];
  /** The meeting's diarienummer as printed, e.g. "Dnr KS 2020/123"; absent when there is none. */
  dnr?: string;
  /** "UTKAST – ej justerat" on every page of a protokoll that is not justerat. */
  mark?: string;
}

export interface PageFurniture {
  header: PageHeader;
  /**
   * Page 1's header when the layout asks for a first page of its own: only its page number is
   * printed there, the rest is in the title block that starts the document.
   */
  firstPageHeader?: PageHeader;
  /** Footer boxes ("Justerandes signatur", "Utdragsbestyrkande"); empty for none. */
  footerBoxes: string[];
}

export interface DocumentInfo {
  /** "Protokoll – <organ> – <date>" */
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
}

export interface PrintDocument {
  info: DocumentInfo;
  furniture: PageFurniture;
  blocks: PrintBlock[];
}
