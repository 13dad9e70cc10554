import { z } from 'zod';
import { attendanceSchema } from './attendance';
import { correctionsSchema } from './corrections';
import { idSchema } from './ids';
import { itemSchema } from './item';
import { meetingSchema } from './meeting';
import { noticeSchema, signaturesSchema } from './signatures';
import { sentAgendaSchema } from './sentAgenda';
import { brandingSchema } from '../template/branding';
import { templateLayoutSchema, templateLabelsSchema } from '../template/templateSchema';

/** The version this build writes. Older files are migrated forward on load. */
export const CURRENT_SCHEMA_VERSION = 2;

/** 'kallelse': the notice and agenda before the meeting; the same file becomes the protokoll. */
export const protocolStatusSchema = z.enum(['kallelse', 'utkast', 'justerat', 'publicerat']);
export type ProtocolStatus = z.infer<typeof protocolStatusSchema>;

/** Whether the text may still be edited directly (a kallelse or a protokoll not yet justerat). */
export function isEditableStatus(status: ProtocolStatus): boolean {
  return status === 'kallelse' || status === 'utkast';
}

/** Most items a protokoll holds (readers refuse more before building them). */
export const MAX_PROTOCOL_ITEMS = 2000;

export const protocolSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  /** The template the draft was created from; its labels and layout are copied below. */
  templateId: z.string().max(100),
  status: protocolStatusSchema.default('utkast'),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  meeting: meetingSchema,
  attendance: attendanceSchema,
  items: z.array(itemSchema).max(MAX_PROTOCOL_ITEMS),
  signatures: signaturesSchema,
  notice: noticeSchema,
  /** The agenda as the kallelse sent it, kept when the kallelse became the protokoll. */
  sentAgenda: sentAgendaSchema.optional(),
  /** Copied from the template so a file prints the same wherever it is opened. */
  layout: templateLayoutSchema,
  labels: templateLabelsSchema,
  /** The template's organisation name and logo, copied for the same reason; absent for none. */
  branding: brandingSchema.optional(),
  /** Rättelser made after justering, oldest first. */
  corrections: correctionsSchema,
});
export type Protocol = z.infer<typeof protocolSchema>;
export type ProtocolInput = z.input<typeof protocolSchema>;
