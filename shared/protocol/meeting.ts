import { z } from 'zod';
import { dateSchema, timeSchema } from './ids';

/** "paragraph": "§ 46"; "plain": "1.". */
export const numberingStyleSchema = z.enum(['paragraph', 'plain']);
export type NumberingStyle = z.infer<typeof numberingStyleSchema>;

export const numberingSchema = z.strictObject({
  style: numberingStyleSchema,
  /** § numbers run through the calendar year per body, so a meeting may start at 46. */
  firstNumber: z.number().int().min(1).max(100_000),
});
export type Numbering = z.infer<typeof numberingSchema>;

export const meetingSchema = z.strictObject({
  /** Document kind printed in the header, e.g. "Protokoll". */
  documentKind: z.string().min(1).max(100),
  /** The body (organ), e.g. "Kommunstyrelsen". */
  body: z.string().max(300),
  /** Empty while the date is not yet set. */
  date: z.union([dateSchema, z.literal('')]),
  startTime: z.union([timeSchema, z.literal('')]).default(''),
  endTime: z.union([timeSchema, z.literal('')]).default(''),
  place: z.string().max(500).default(''),
  dnr: z.string().max(100).default(''),
  /** BCP 47 language of the document, e.g. "sv-SE". */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag like sv-SE'),
  numbering: numberingSchema,
  /** Number of members (ledamöter) of the body; enables the quorum check. */
  memberCount: z.number().int().min(1).max(10_000).optional(),
  /**
   * The body's ledamöter in its member register on the meeting date, kept up to date by the
   * editor; the quorum uses it unless memberCount overrides it for this meeting.
   */
  registerMemberCount: z.number().int().min(1).max(10_000).optional(),
  /** Print a närvaro- och omröstningsbilaga: a table of who served and how they voted per item. */
  participationAppendix: z.boolean().default(false),
});
export type Meeting = z.infer<typeof meetingSchema>;
