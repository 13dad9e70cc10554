import { z } from 'zod';
import { dateSchema, idSchema } from './ids';

/**
 * A rättelse made after justering: the text of a justerat protokoll never changes silently,
 * each change is recorded with its date, what it concerns and who made it, and printed.
 */
export const correctionSchema = z.strictObject({
  date: dateSchema,
  /** The corrected item; absent when the correction concerns the whole protokoll. */
  itemId: idSchema.optional(),
  /** What was changed, in the secretary's words. */
  text: z.string().max(5000),
  by: z.string().max(200).default(''),
});
export type Correction = z.infer<typeof correctionSchema>;

export const correctionsSchema = z.array(correctionSchema).max(1000).default([]);

/** The latest correction date of an item, or undefined when it was never corrected. */
export function lastCorrectionDate(
  corrections: readonly Correction[],
  itemId: string,
): string | undefined {
  let latest: string | undefined;
  for (const c of corrections)
    if (c.itemId === itemId && (!latest || c.date > latest)) latest = c.date;
  return latest;
}
