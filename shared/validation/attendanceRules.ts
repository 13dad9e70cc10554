import { isDeciding, isPresentAt, quorumByItem } from '../protocol/participation';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';
import { rangeRules } from './rangeRules';
import { warning, type ValidationWarning } from './warning';

/** Case, spacing and accents as typed must not hide that the same person is listed twice. */
function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

/** People, groups, participation ranges, substitutes and quorum. */
export function attendanceRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const say = describer(p);
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
    const part = person.participation;
    if (part) {
      out.push(
        ...rangeRules(p, part.fromItemId, part.toItemId, {
          code: 'participation',
          location: { ...at, field: 'participation' },
          sv: `Närvaron för ${person.name}`,
          en: `participation of ${person.name}`,
        }),
      );
    }
    out.push(...substituteRules(p, person.id));
  }
  for (const q of quorumByItem(p)) {
    if (q.met) continue;
    out.push(
      warning(
        'quorum-not-met',
        { kind: 'item', id: q.itemId },
        `${say.item(q.itemId)}: bara ${q.participants} av ${p.meeting.memberCount} ledamöter deltar; minst ${q.required} krävs för att nämnden ska vara beslutför.`,
        `${say.item(q.itemId)}: only ${q.participants} of ${p.meeting.memberCount} members take part; ${q.required} are needed for a quorum`,
      ),
    );
  }
  return out;
}

/** A serving substitute replaces a named member who is not there at the same time. */
function substituteRules(p: Protocol, personId: string): ValidationWarning[] {
  const person = p.attendance.people.find((x) => x.id === personId)!;
  if (!person.substituteForId) return [];
  const at = { kind: 'person' as const, id: person.id, field: 'substituteForId' };
  const member = p.attendance.people.find((x) => x.id === person.substituteForId);
  if (!member) {
    return [
      warning(
        'substitute-for-unknown',
        at,
        `${person.name} är ersättare för en person som inte finns i närvarolistan.`,
        `${person.name} substitutes for "${person.substituteForId}", who is not in the attendance`,
      ),
    ];
  }
  if (!isDeciding(p, member) || !isDeciding(p, person)) return [];
  const clash = p.items.findIndex(
    (_, index) => isPresentAt(p, member, index) && isPresentAt(p, person, index),
  );
  if (clash < 0) return [];
  const item = describer(p).item(p.items[clash]!.id);
  return [
    warning(
      'substitute-for-present-member',
      at,
      `${person.name} tjänstgör för ${member.name}, som själv deltar (${item}).`,
      `${person.name} serves for ${member.name}, who is also taking part (${item})`,
    ),
  ];
}
