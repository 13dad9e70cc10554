import { z } from 'zod';
import { idSchema } from './ids';
import { richTextSchema } from './richText';

/** A decision: an intro line ("Nämnden beslutar") followed by att-satser. */
export const decisionSchema = z.strictObject({
  intro: z.string().max(2000),
  attSatser: z.array(z.string().max(10_000)),
});
export type Decision = z.infer<typeof decisionSchema>;

export const motionSchema = z.strictObject({
  /** Who moved it, as printed, e.g. "Anna Lundberg (S)". */
  by: z.string().max(500),
  text: z.string().max(10_000),
  withdrawn: z.boolean().default(false),
});
export type Motion = z.infer<typeof motionSchema>;

export const voteChoiceSchema = z.enum(['ja', 'nej', 'avstar']);
export type VoteChoice = z.infer<typeof voteChoiceSchema>;

export const voteSchema = z.strictObject({
  /** What was voted on, printed as the vote's heading, e.g. "Propositionsordning" or "Huvudvotering". */
  title: z.string().max(500).default(''),
  /** What "ja" and "nej" stand for, e.g. "Ja för ordförandens förslag, nej för Lundbergs yrkande". */
  question: z.string().max(2000).default(''),
  /** Per-person votes in an open vote; may be empty when only counts are recorded. */
  ballots: z.array(z.strictObject({ personId: idSchema, choice: voteChoiceSchema })).default([]),
  /** Counts when no per-person votes are recorded (closed vote, or counts typed directly). */
  counts: z
    .strictObject({
      ja: z.number().int().min(0),
      nej: z.number().int().min(0),
      avstar: z.number().int().min(0),
    })
    .optional(),
  result: z.string().max(2000).default(''),
});
export type Vote = z.infer<typeof voteSchema>;

export const reservationSchema = z.strictObject({
  personIds: z.array(idSchema).min(1),
  reason: z.string().max(10_000).default(''),
  written: z.boolean().default(false),
});
export type Reservation = z.infer<typeof reservationSchema>;

export const protocolNoteSchema = z.strictObject({
  by: z.string().max(500),
  text: z.string().max(10_000),
});
export type ProtocolNote = z.infer<typeof protocolNoteSchema>;

export const appendixSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).max(500),
  /** Path of a PDF to append to the export, absolute or relative to the .protokoll file. */
  file: z.string().max(4096).optional(),
});
export type Appendix = z.infer<typeof appendixSchema>;

/** "beslut" items need a decision; "information" items do not. */
export const itemKindSchema = z.enum(['beslut', 'information']);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const itemSchema = z.strictObject({
  id: idSchema,
  kind: itemKindSchema.default('beslut'),
  /** An item added after the agenda was set: numbered as the previous item plus a letter ("§ 17 a"). */
  inserted: z.boolean().default(false),
  title: z.string().max(500),
  dnr: z.string().max(100).default(''),
  /** "Information lämnas av …" / Föredragande, as printed. */
  presenters: z.array(z.string().max(300)).default([]),
  /** Agenda time slot, e.g. "10:15-10:45". */
  timeSlot: z.string().max(50).default(''),
  /** Handlingar / Beslutsunderlag. */
  documents: z.array(z.string().max(500)).default([]),
  body: richTextSchema,
  proposal: decisionSchema.optional(),
  motions: z.array(motionSchema).default([]),
  propositionOrder: z.string().max(5000).default(''),
  /** Votes in the order held, e.g. on the order of propositions and then on the matter. */
  votes: z.array(voteSchema).max(50).default([]),
  decision: decisionSchema.optional(),
  reservations: z.array(reservationSchema).default([]),
  notes: z.array(protocolNoteSchema).default([]),
  immediateAdjustment: z.boolean().default(false),
  appendices: z.array(appendixSchema).default([]),
  /** "Beslutet skickas till" / Expedieras. */
  distribution: z.array(z.string().max(300)).default([]),
  notForWeb: z.boolean().default(false),
  notForWebReason: z.string().max(500).default(''),
});
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;

/** An item with every optional part at its default; only what differs needs to be given. */
export function newItem(fields: ItemInput): Item {
  return itemSchema.parse(fields);
}
