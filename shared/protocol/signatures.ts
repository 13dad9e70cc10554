import { z } from 'zod';
import { dateSchema, idSchema } from './ids';

/** A justerare and the item range they sign (ids of the first and last item; whole meeting when absent). */
export const adjusterSchema = z.strictObject({
  personId: idSchema,
  fromItemId: idSchema.optional(),
  toItemId: idSchema.optional(),
});
export type Adjuster = z.infer<typeof adjusterSchema>;

export const signaturesSchema = z.strictObject({
  secretaryId: idSchema.optional(),
  chairId: idSchema.optional(),
  adjusters: z.array(adjusterSchema).default([]),
  /** When and where the justering takes place. */
  adjustmentDate: z.union([dateSchema, z.literal('')]).default(''),
  adjustmentPlace: z.string().max(500).default(''),
});
export type Signatures = z.infer<typeof signaturesSchema>;

/** The anslag on the official notice board. */
export const noticeSchema = z.strictObject({
  postedDate: z.union([dateSchema, z.literal('')]).default(''),
  removalDate: z.union([dateSchema, z.literal('')]).default(''),
  /** Where the protokoll is kept, e.g. "Kommunkansliet, Stadshuset". */
  storageLocation: z.string().max(500).default(''),
  /** Who certifies the anslag, as printed, e.g. "Anna Berg, nämndsekreterare". */
  certifiedBy: z.string().max(300).default(''),
});
export type Notice = z.infer<typeof noticeSchema>;
