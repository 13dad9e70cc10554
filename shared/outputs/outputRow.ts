import type { PrintDocument } from '../print/printDocument';
import type { Item } from '../protocol/item';
import type { Protocol } from '../protocol/protocol';

export type OutputFormat = 'pdf' | 'docx';

/** What a document kind needs beyond the protokoll: the items it is made of (an extract). */
export type OutputOption = 'items';

export interface OutputOptions {
  /** Item ids, for documents made of some items only. */
  itemIds?: readonly string[];
  /** Whom an extract is sent to (expediering); only its file name says so. */
  recipient?: string;
}

/** A command that exports one format of a document kind: in the menu, top bar and shortcuts. */
export interface OutputCommand {
  id: string;
  /** Menu label, e.g. "Exportera PDF…". */
  label: string;
  keys?: readonly string[];
  /** Label of the top bar button; no button without it. */
  topBar?: string;
  /** Tooltip of the top bar button. */
  title?: string;
}

/** One document kind Paragraf makes (protokoll, webbversion …). */
export interface OutputRow {
  kind: string;
  /** Swedish name of the document, e.g. "Webbversion". */
  label: string;
  formats: readonly OutputFormat[];
  /** Made only once the kallelse has become a protokoll (it prints what the meeting did). */
  afterMeeting?: boolean;
  /** Options the document takes; others are refused. */
  takes: readonly OutputOption[];
  /** The name offered in the save dialog, with its extension. */
  fileName(protocol: Protocol, format: OutputFormat, options: OutputOptions): string;
  build(protocol: Protocol, options: OutputOptions): PrintDocument;
  /** The items whose appendices (bilagor) the PDF carries; every item's by default. */
  appendedItems?(protocol: Protocol, options: OutputOptions): readonly Item[];
  commands: Partial<Record<OutputFormat, OutputCommand>>;
  /** The notice while the file is made, per format. */
  progress: Partial<Record<OutputFormat, string>>;
}
