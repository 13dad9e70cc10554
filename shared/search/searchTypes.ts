import type { ProtocolStatus } from '../protocol/protocol';

/**
 * What the archive search keeps of one § item: where it is (draft, item, body, date, number),
 * and its text in three fields. The files stay the truth; this is rebuilt from them.
 */
export interface ItemRecord {
  /** "<draftId>#<itemId>" */
  key: string;
  draftId: string;
  itemId: string;
  body: string;
  /** yyyy-mm-dd, or "" while the date is not set. */
  date: string;
  status: ProtocolStatus;
  /** As printed: "§ 46", "3 a." */
  label: string;
  title: string;
  dnr: string;
  /** The decision's intro ("Nämnden beslutar"); "" for an item without a decision. */
  intro: string;
  attSatser: string[];
  hasDecision: boolean;
  /** Body text, presenters, documents, motions, votes, reservations, notes, people. */
  text: string;
}

/** A piece of a snippet: marked where it matched the query. */
export interface SnippetPart {
  text: string;
  mark?: true;
}

export interface SearchHit {
  draftId: string;
  itemId: string;
  body: string;
  date: string;
  status: ProtocolStatus;
  label: string;
  title: string;
  dnr: string;
  hasDecision: boolean;
  /** The title with the matching words marked. */
  titleParts: SnippetPart[];
  /** An excerpt of the decision or text around the first match (their start without one). */
  snippet: SnippetPart[];
}

export interface SearchFilter {
  body?: string;
  year?: string;
  status?: ProtocolStatus;
  onlyDecisions?: boolean;
}

export interface SearchRequest extends SearchFilter {
  query: string;
  limit?: number;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** All matches, of which `hits` are the best. */
  total: number;
  /** Bodies and years in the library, for the filters. */
  bodies: string[];
  years: string[];
}

/** One row of the Beslutsregister: an item record's place, title, dnr and decision. */
export type DecisionRow = Pick<
  ItemRecord,
  | 'draftId'
  | 'itemId'
  | 'body'
  | 'date'
  | 'status'
  | 'label'
  | 'title'
  | 'dnr'
  | 'intro'
  | 'attSatser'
>;
