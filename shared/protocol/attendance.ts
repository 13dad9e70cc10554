import { z } from 'zod';
import { idSchema } from './ids';
import { participationEventSchema } from './participationEvents';

/**
 * What an attendance group means for the law: who decides, who serves as substitute,
 * who only attends, who is absent.
 */
export const groupKindSchema = z.enum([
  'beslutande',
  'tjanstgorande-ersattare',
  'ej-tjanstgorande-ersattare',
  'ovriga',
  'franvarande',
]);
export type GroupKind = z.infer<typeof groupKindSchema>;

export const attendanceGroupSchema = z.strictObject({
  id: idSchema,
  /** Printed heading, e.g. "Beslutande" or "Närvarande". */
  label: z.string().min(1).max(200),
  kind: groupKindSchema,
  /** Optional sub-headings in print order, typically one per organisation. */
  subgroups: z.array(z.string().min(1).max(200)).default([]),
});
export type AttendanceGroup = z.infer<typeof attendanceGroupSchema>;

export const roleSchema = z.enum([
  'ordforande',
  'vice-ordforande',
  'ledamot',
  'ersattare',
  'sekreterare',
  'tjansteperson',
  'ovrig',
]);
export type Role = z.infer<typeof roleSchema>;

export const personSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  party: z.string().max(50).optional(),
  /** Organisation or municipality, e.g. "Boden" or "Region Norrbotten". */
  organisation: z.string().max(200).optional(),
  /** Job title for officials, e.g. "Avdelningschef social välfärd". */
  title: z.string().max(200).optional(),
  role: roleSchema.optional(),
  groupId: idSchema,
  /** One of the group's subgroups. */
  subgroup: z.string().max(200).optional(),
});
export type Person = z.infer<typeof personSchema>;

export const attendanceSchema = z.strictObject({
  groups: z.array(attendanceGroupSchema),
  people: z.array(personSchema),
  /** Arrivals, departures, absences (jäv) and substitutions, between items; see participationEvents.ts. */
  events: z.array(participationEventSchema).max(20_000).default([]),
});
export type Attendance = z.infer<typeof attendanceSchema>;
