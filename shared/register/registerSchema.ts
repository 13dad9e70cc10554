import { z } from 'zod';
import { dateSchema, idSchema } from '../protocol/ids';

/** Written in every register file so a foreign JSON file is recognised as such. */
export const REGISTER_FORMAT = 'paragraf-ledamotsregister';
export const REGISTER_SCHEMA_VERSION = 1;
/** The file extension of an exported register (inside the library: `<slug>.register.json`). */
export const REGISTER_EXT = '.ledamotsregister';
/** More people than any body has; keeps a hostile file from filling memory or the screen. */
export const MAX_REGISTER_PEOPLE = 1000;

/** Ledamot (a member with a seat) or ersättare (called in when a ledamot is absent). */
export const registerKindSchema = z.enum(['ledamot', 'ersattare']);
export type RegisterKind = z.infer<typeof registerKindSchema>;

/** The role printed beside the name; ersättare and plain ledamöter need none. */
export const registerRoleSchema = z.enum(['ordforande', 'vice-ordforande', 'ledamot', 'ersattare']);
export type RegisterRole = z.infer<typeof registerRoleSchema>;

const text = (max: number) => z.string().trim().max(max);

export const registerPersonSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(200),
  kind: registerKindSchema,
  party: text(50).optional(),
  /** Municipality or organisation, e.g. "Boden" or "Region Norrbotten". */
  organisation: text(200).optional(),
  role: registerRoleSchema.optional(),
  /** The term (mandatperiod); open ends mean "not limited". */
  termStart: dateSchema.optional(),
  termEnd: dateSchema.optional(),
  /**
   * The group whose ledamöter an ersättare replaces (the party unless the body decided other
   * groups); ledamöter belong to a group the same way.
   */
  group: text(200).optional(),
  /** The order in which ersättare of one group are called in, 1 first. */
  order: z.number().int().min(1).max(MAX_REGISTER_PEOPLE).optional(),
});
export type RegisterPerson = z.infer<typeof registerPersonSchema>;

export const registerSchema = z.strictObject({
  format: z.literal(REGISTER_FORMAT),
  schemaVersion: z.literal(REGISTER_SCHEMA_VERSION),
  /** The body (organ) exactly as protokoll name it, e.g. "Kommunstyrelsen". */
  body: z.string().trim().min(1).max(300),
  updatedAt: z.iso.datetime({ offset: true }),
  people: z.array(registerPersonSchema).max(MAX_REGISTER_PEOPLE),
});
export type Register = z.infer<typeof registerSchema>;

/** An empty register for a body. */
export function emptyRegister(body: string, now: Date): Register {
  return {
    format: REGISTER_FORMAT,
    schemaVersion: REGISTER_SCHEMA_VERSION,
    body: body.trim(),
    updatedAt: now.toISOString(),
    people: [],
  };
}

/** The group a person belongs to for calling in ersättare: the named group, else the party. */
export function groupOf(person: RegisterPerson): string {
  return (person.group || person.party || '').trim().toLocaleLowerCase('sv');
}

/** Whether the person's term covers the date (yyyy-mm-dd); without a date every term does. */
export function inTermOn(person: RegisterPerson, date: string): boolean {
  if (!date) return true;
  if (person.termStart && date < person.termStart) return false;
  if (person.termEnd && date > person.termEnd) return false;
  return true;
}

/** The ledamöter whose term covers the date: the body's member count for the quorum. */
export function ledamoterOn(register: Register, date: string): RegisterPerson[] {
  return register.people.filter((p) => p.kind === 'ledamot' && inTermOn(p, date));
}

/** A body's name as a key: "Kommunstyrelsen " and "kommunstyrelsen" are the same body. */
export function bodyKey(body: string): string {
  return body.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}
