import type { Protocol } from '../protocol/protocol';
import { participationRules } from './participationRules';
import { warning, type ValidationWarning } from './warning';

/** Case, spacing and accents as typed must not hide that the same person is listed twice. */
function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

/** People and groups, then who took part in each item (participationRules). */
export function attendanceRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const seenIds = new Set<string>();
  const seenNames = new Map<string, string>();
  for (const person of p.attendance.people) {
    const at = { kind: 'person' as const, id: person.id };
    const key = normalName(person.name);
    if (seenIds.has(person.id)) {
      out.push(
        warning(
          'duplicate-person-id',
          { ...at, field: 'id' },
          `${person.name} har samma id som en annan person.`,
          `person id "${person.id}" is used twice`,
        ),
      );
    } else if (seenNames.has(key)) {
      out.push(
        warning(
          'duplicate-person',
          { ...at, field: 'name' },
          `${person.name} finns med två gånger i närvarolistan.`,
          `${person.name} is listed twice in the attendance`,
        ),
      );
    }
    seenIds.add(person.id);
    if (!seenNames.has(key)) seenNames.set(key, person.id);

    const group = p.attendance.groups.find((g) => g.id === person.groupId);
    if (!group) {
      out.push(
        warning(
          'unknown-group',
          { ...at, field: 'groupId' },
          `${person.name} hör till en grupp som inte finns.`,
          `${person.name} belongs to group "${person.groupId}", which does not exist`,
        ),
      );
    }
  }
  out.push(...participationRules(p));
  return out;
}
