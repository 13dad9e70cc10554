import { z } from 'zod';
import { attendanceGroupSchema } from '../protocol/attendance';
import { itemKindSchema } from '../protocol/item';
import { numberingSchema } from '../protocol/meeting';
import { brandingSchema } from './branding';

const label = z.string().max(300);

/**
 * Every word the exporters print. A template supplies all of them, so a template in
 * another language is one more file. "{page}", "{pages}", "{organ}", "{name}" are placeholders.
 */
export const templateLabelsSchema = z.strictObject({
  documentKind: label,
  meetingDate: label,
  /** Page numbering, e.g. "Sida {page} av {pages}" or "{page} ({pages})". */
  pageNumber: label,
  place: label,
  time: label,
  paragraphSign: label,
  agendaHeading: label,
  itemsHeading: label,
  dnr: label,
  presenters: label,
  documents: label,
  timeSlot: label,
  proposal: label,
  motions: label,
  motionWithdrawn: label,
  propositionOrder: label,
  vote: label,
  voteYes: label,
  voteNo: label,
  voteAbstain: label,
  voteResult: label,
  decision: label,
  reservation: label,
  reservationWritten: label,
  protocolNote: label,
  jav: label,
  immediateAdjustment: label,
  appendices: label,
  distribution: label,
  notForWeb: label,
  substituteFor: label,
  signaturesHeading: label,
  secretary: label,
  chair: label,
  adjuster: label,
  adjustment: label,
  adjustmentDatePlace: label,
  footerAdjusterSignature: label,
  footerExtractCertification: label,
  noticeHeading: label,
  noticeBody: label,
  noticePosted: label,
  noticeRemoved: label,
  noticeStorage: label,
  /** Rättelser after justering; defaults keep files saved before these labels existed valid. */
  correctionsHeading: label.default('Rättelser'),
  /** Under a corrected item's title, e.g. "Rättad {date}, se Rättelser". */
  correctedNote: label.default('Rättad {date}, se Rättelser'),
  /** A correction that concerns the whole protokoll rather than one item. */
  correctionWholeProtocol: label.default('Hela protokollet'),
  /** Before items a person missed in between: "ej § 7 a". */
  notInItems: label.default('ej'),
  /** Partial presence after a name; {items} is "§ 10" or "punkt 10" (see print-conventions.md). */
  participatedUntil: label.default('deltog till och med {items}'),
  participatedFrom: label.default('deltog från {items}'),
  participatedIn: label.default('deltog {items}'),
  /** Before plain item numbers in running text ("deltog till och med punkt 10"). */
  plainItemWord: label.default('punkt'),
  /** Under an item, for each jävig person. */
  javDeclared: label.default('{name} anmäler jäv och deltar inte i handläggningen'),
  /** Under an item where an ersättare starts serving for a member. */
  substituteServes: label.default('{name} tjänstgör för {member}'),
  /** Heading of a roll-call list. */
  voteRollCall: label.default('Röstlängd'),
  /** The optional table of who served and voted per item. */
  participationAppendixHeading: label.default('Närvaro- och omröstningsbilaga'),
  /** Legend of the table's marks. */
  participationAppendixLegend: label.default(
    'x = tjänstgör, e = tjänstgör som ersättare, j = jäv, – = ej närvarande; Ja/Nej/Avst = röst vid omröstning',
  ),
  /** The documents made beside the protokoll (kallelse, utdrag, anslagsbevis). */
  kallelseKind: label.default('Kallelse'),
  kallelseIntro: label.default('Ledamöterna kallas härmed till sammanträde.'),
  kallelseAgendaHeading: label.default('Föredragningslista'),
  sentAgendaHeading: label.default('Utsänd dagordning'),
  addedAtMeeting: label.default('Tillagt på sammanträdet'),
  extractKind: label.default('Protokollsutdrag'),
  extractParticipants: label.default('Beslutande'),
  extractAdjusted: label.default('Justerat {date}'),
  extractNotAdjusted: label.default('Ej justerat'),
  extractImmediate: label.default('Paragrafen är omedelbart justerad'),
  extractCertification: label.default('Utdragsbestyrkande'),
  extractCertifies: label.default('Rätt utdraget betygar'),
  signatureName: label.default('Namnförtydligande'),
  signatureDate: label.default('Datum'),
  signatureLine: label.default('Underskrift'),
  noticeKind: label.default('Anslagsbevis'),
  noticeAdjustedDate: label.default('Datum för justering'),
  noticeAppealEnds: label.default('Överklagandetiden går ut'),
  noticeCertifiedBy: label.default('Intygas av'),
  /** In the page header of everything printed from a protokoll that is not justerat. */
  draftMark: label.default('UTKAST – ej justerat'),
  /** The anslagsbevis of a protokoll not yet justerat says so instead of claiming it is. */
  noticeNotAdjusted: label.default('Protokollet är inte justerat.'),
  /** Justerat but not yet posted: the first half of noticeBody only. */
  noticeAdjustedNotPosted: label.default('Protokollet är justerat.'),
  roles: z.strictObject({
    ordforande: label,
    'vice-ordforande': label,
    ledamot: label,
    ersattare: label,
    sekreterare: label,
    tjansteperson: label,
    ovrig: label,
  }),
});
export type TemplateLabels = z.infer<typeof templateLabelsSchema>;

export const templateLayoutSchema = z.strictObject({
  /** "first-page": attendance and (optionally) signatures fill page 1; "start": attendance opens the flow. */
  attendancePlacement: z.enum(['first-page', 'start']),
  /** Where Underskrifter go: on page 1 with the attendance, or on a signature page at the end. */
  signaturePlacement: z.enum(['first-page', 'last-page']),
  showAgenda: z.boolean(),
  /** Each item starts on a new page (common in municipal protokoll). */
  itemOnNewPage: z.boolean(),
  /** Page 1 gets its own header variant (larger title block). */
  firstPageHeaderDifferent: z.boolean(),
  /** Footer boxes "Justerandes signatur" and "Utdragsbestyrkande" on every page. */
  footerBoxes: z.boolean(),
  /** An anslagsbevis box at the end of the document. */
  showNotice: z.boolean(),
});
export type TemplateLayout = z.infer<typeof templateLayoutSchema>;

/** Skeleton of an item a template offers; "{organ}" is replaced by the body's name. */
export const templateItemSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,64}$/),
  title: z.string().min(1).max(500),
  kind: itemKindSchema,
  /** Plain text; blank lines separate paragraphs. */
  body: z.string().max(10_000).default(''),
  proposal: z
    .strictObject({ intro: z.string().max(2000), attSatser: z.array(z.string().max(2000)) })
    .optional(),
  decision: z
    .strictObject({ intro: z.string().max(2000), attSatser: z.array(z.string().max(2000)) })
    .optional(),
  /** "opening" items go first, "closing" last; "other" are offered in the standard-item menu. */
  position: z.enum(['opening', 'closing', 'other']),
  /** Part of a new draft; otherwise only offered when inserting a standard item. */
  includeByDefault: z.boolean(),
});
export type TemplateItem = z.infer<typeof templateItemSchema>;

export const templateSchema = z.strictObject({
  templateFormat: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** Shown in the template picker. */
  name: z.string().min(1).max(200),
  description: z.string().min(1).max(500),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/),
  documentKind: z.string().min(1).max(100),
  /** A new file starts as a kallelse (the agenda sent before the meeting) or as the protokoll. */
  startsAs: z.enum(['kallelse', 'utkast']).default('utkast'),
  numbering: numberingSchema,
  /** Default decision intro; "{organ}" is the body's name. */
  decisionIntro: z.string().max(500),
  /** Default proposal intro, e.g. "Ordföranden föreslår att {organ} beslutar". */
  proposalIntro: z.string().max(500),
  layout: templateLayoutSchema,
  labels: templateLabelsSchema,
  attendanceGroups: z.array(attendanceGroupSchema).min(1),
  items: z.array(templateItemSchema),
  /** Organisation name and logo in the page header; absent in the built-in templates. */
  branding: brandingSchema.optional(),
});
export type Template = z.infer<typeof templateSchema>;
