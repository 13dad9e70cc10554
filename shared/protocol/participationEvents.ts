import { z } from 'zod';
import { idSchema } from './ids';

/**
 * Changes in who takes part happen only between items. Each event names the item it sits next
 * to; the set of people serving in each item is derived from these (see participation.ts), never
 * stored twice.
 */

/** The person comes in before this item (and was not there before it, unless they left and return). */
export const arrivesEventSchema = z.strictObject({
  type: z.literal('arrives'),
  personId: idSchema,
  itemId: idSchema,
});

/** The person leaves after this item. */
export const leavesEventSchema = z.strictObject({
  type: z.literal('leaves'),
  personId: idSchema,
  itemId: idSchema,
});

/** The person takes no part in this one item: jäv, or away for other reasons ("ej § 7 a"). */
export const absentEventSchema = z.strictObject({
  type: z.literal('absent'),
  personId: idSchema,
  itemId: idSchema,
  jav: z.boolean().default(false),
});

/**
 * An ersättare serves for a member (forId) from one item to another, both included; without ends,
 * from the start or to the end. Without forId the ersättare serves without a named member.
 * The member "returns" where the span ends.
 */
export const substitutesEventSchema = z.strictObject({
  type: z.literal('substitutes'),
  personId: idSchema,
  forId: idSchema.optional(),
  fromItemId: idSchema.optional(),
  toItemId: idSchema.optional(),
});

export const participationEventSchema = z.discriminatedUnion('type', [
  arrivesEventSchema,
  leavesEventSchema,
  absentEventSchema,
  substitutesEventSchema,
]);
export type ParticipationEvent = z.infer<typeof participationEventSchema>;
export type ArrivesEvent = z.infer<typeof arrivesEventSchema>;
export type LeavesEvent = z.infer<typeof leavesEventSchema>;
export type AbsentEvent = z.infer<typeof absentEventSchema>;
export type SubstitutesEvent = z.infer<typeof substitutesEventSchema>;
