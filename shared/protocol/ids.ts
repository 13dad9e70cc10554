import { z } from 'zod';

/** Stable identifier of a person, item, group or appendix inside one protocol. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, "-" or "_"');
export type Id = z.infer<typeof idSchema>;

/** Calendar date as YYYY-MM-DD; validation checks that it exists. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** Clock time as HH:MM; validation checks the range. */
export const timeSchema = z.string().regex(/^\d{2}:\d{2}$/, 'must be a time HH:MM');

let counter = 0;
/** A new id, unique within a session and very likely across sessions. */
export function newId(prefix: string): Id {
  counter = (counter + 1) % 1_000_000;
  const rand = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}${rand}`;
}
