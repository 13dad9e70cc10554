/**
 * A .docx body as a neutral list of blocks, the reader's output and the recogniser's input:
 * what Word shows, without Word's XML.
 */
export interface WordRun {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

export interface WordParagraph {
  kind: 'paragraph';
  /** The paragraph's text; a line break is "\n", a tab "\t". */
  text: string;
  runs: WordRun[];
  /** The style's display name ("heading 1", "Beslut", "Normal"); "" when none. */
  style: string;
  /** 1-9 for a heading (by style or outline level). */
  headingLevel?: number;
  /** Every visible character is bold (a heading typed by hand). */
  bold: boolean;
  /** A list paragraph: Word numbering with bullets or numbers. */
  list?: 'bullet' | 'ordered';
}

export interface WordCell {
  blocks: WordBlock[];
  /** The cell's paragraphs joined by newlines. */
  text: string;
}

export interface WordTable {
  kind: 'table';
  rows: WordCell[][];
}

/** A picture or chart: its text cannot be imported, only its place reported. */
export interface WordImage {
  kind: 'image';
  /** The name or description Word gives it, "" when none. */
  name: string;
}

export type WordBlock = WordParagraph | WordTable | WordImage;
