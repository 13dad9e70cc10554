import {
  memberCountOf,
  presenceOf,
  quorumByItem,
  resolveItemRange,
  servingByItem,
  substituteIds,
  type ItemParticipation,
  type Presence,
} from '../protocol/participation';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';
import { groupBy, itemsText } from './itemGroups';
import { warning, type ValidationWarning } from './warning';

/**
 * Who took part in each item (KL 5:67): events that name people or items that do not exist,
 * ersättare serving while their member serves, växeltjänstgöring, quorum (KL 5:57) and decision
 * items without anyone serving. A fault spanning many items is one warning ("§ 3-9: …").
 */
export function participationRules(p: Protocol): ValidationWarning[] {
  const rows = servingByItem(p);
  return [...eventRules(p), ...substitutionRules(p, rows), ...quorumRules(p, rows)];
}

function eventRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const say = describer(p);
  const people = new Set(p.attendance.people.map((x) => x.id));
  const items = new Set(p.items.map((i) => i.id));
  const substitutes = substituteIds(p);
  p.attendance.events.forEach((e, k) => {
    const at = { kind: 'person' as const, id: e.personId, field: `events[${k}]` };
    const name = say.person(e.personId);
    if (!people.has(e.personId)) {
      out.push(
        warning(
          'participation-unknown-person',
          { kind: 'meeting', field: `events[${k}]` },
          'En uppgift om närvaro gäller en person som inte finns i närvarolistan.',
          `participation event ${k} names person "${e.personId}", who is not in the attendance`,
        ),
      );
      return;
    }
    const ids =
      e.type === 'substitutes'
        ? ([
            ['fromItemId', e.fromItemId],
            ['toItemId', e.toItemId],
          ] as const)
        : ([['itemId', e.itemId]] as const);
    const missing = ids.find(([, id]) => id !== undefined && !items.has(id));
    if (missing) {
      out.push(
        warning(
          'participation-unknown-item',
          { ...at, field: `${at.field}.${missing[0]}` },
          `Närvaron för ${name} hänvisar till en paragraf som inte finns.`,
          `participation of ${name} refers to item "${missing[1]}", which does not exist`,
        ),
      );
      return;
    }
    if (e.type !== 'substitutes') return;
    const range = resolveItemRange(p, e.fromItemId, e.toItemId);
    if (range && range.from > range.to) {
      out.push(
        warning(
          'participation-reversed',
          at,
          `Ersättarperioden för ${name} slutar före den börjar.`,
          `the substitution of ${name} ends before it starts`,
        ),
      );
    }
    if (e.forId === undefined) return;
    if (!people.has(e.forId)) {
      out.push(
        warning(
          'substitute-for-unknown',
          { ...at, field: `${at.field}.forId` },
          `${name} är ersättare för en person som inte finns i närvarolistan.`,
          `${name} substitutes for "${e.forId}", who is not in the attendance`,
        ),
      );
    } else if (substitutes.has(e.forId)) {
      out.push(
        warning(
          'substitute-for-substitute',
          { ...at, field: `${at.field}.forId` },
          `${name} står som ersättare för ${say.person(e.forId)}, som själv är ersättare.`,
          `${name} substitutes for ${say.person(e.forId)}, who is a substitute too`,
        ),
      );
    }
  });
  return out;
}

/** An ersättare recorded for a member in items where the member serves, and växeltjänstgöring. */
function substitutionRules(p: Protocol, rows: readonly ItemParticipation[]): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const byId = new Map(p.attendance.people.map((x) => [x.id, x]));
  const presence = new Map<string, Presence[]>();
  const presenceOfId = (id: string) => {
    let list = presence.get(id);
    if (!list) presence.set(id, (list = presenceOf(p, byId.get(id)!)));
    return list;
  };
  const servesSelf = (index: number, id: string) =>
    rows[index]!.serving.some((s) => s.personId === id && s.forId === undefined);
  p.attendance.events.forEach((e, k) => {
    if (e.type !== 'substitutes' || e.forId === undefined) return;
    const person = byId.get(e.personId);
    const member = byId.get(e.forId);
    const range = resolveItemRange(p, e.fromItemId, e.toItemId);
    if (!person || !member || !range) return;
    const clash: number[] = [];
    for (let i = range.from; i <= range.to; i++) {
      if (presenceOfId(person.id)[i] === 'present' && servesSelf(i, member.id)) clash.push(i);
    }
    if (clash.length === 0) return;
    const where = itemsText(p, clash);
    out.push(
      warning(
        'substitute-for-present-member',
        { kind: 'person', id: person.id, field: `events[${k}]` },
        `${person.name} står som ersättare för ${member.name}, som själv tjänstgör (${where}).`,
        `${person.name} is recorded as substitute for ${member.name}, who serves (${where})`,
      ),
    );
  });

  // Växeltjänstgöring: a member serving, replaced by an ersättare for a reason other than jäv,
  // then serving again (or the other way round).
  for (const member of p.attendance.people) {
    const states: ('self' | 'replaced')[] = [];
    rows.forEach((row, i) => {
      if (presenceOfId(member.id)[i] === 'jav') return;
      if (servesSelf(i, member.id)) states.push('self');
      else if (row.serving.some((s) => s.forId === member.id)) states.push('replaced');
    });
    const changes = states.filter((s, i) => i > 0 && s !== states[i - 1]).length;
    if (changes < 2) continue;
    out.push(
      warning(
        'alternating-service',
        { kind: 'person', id: member.id },
        `${member.name} växlar med ersättare under sammanträdet av annat skäl än jäv (växeltjänstgöring). Kontrollera närvaron.`,
        `${member.name} alternates with a substitute for a reason other than jäv`,
      ),
    );
  }
  return out;
}

function quorumRules(p: Protocol, rows: readonly ItemParticipation[]): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const failing = quorumByItem(p, rows)
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => !q.met);
  const groups = groupBy(failing.map(({ q, index }) => ({ index, key: q.participants })));
  for (const { key: participants, indexes } of groups) {
    const required = failing[0]!.q.required;
    const members = memberCountOf(p);
    const where = itemsText(p, indexes);
    out.push(
      warning(
        'quorum-not-met',
        { kind: 'item', id: p.items[indexes[0]!]!.id },
        `${where}: bara ${participants} av ${members} ledamöter deltar; minst ${required} krävs för att nämnden ska vara beslutför.`,
        `${where}: only ${participants} of ${members} members take part; ${required} are needed for a quorum`,
      ),
    );
  }
  const empty = rows
    .map((row, index) => ({ row, index }))
    .filter(({ row, index }) => p.items[index]!.kind === 'beslut' && row.serving.length === 0)
    .map(({ index }) => index);
  if (empty.length > 0 && p.attendance.people.length > 0) {
    const where = itemsText(p, empty);
    out.push(
      warning(
        'nobody-serving',
        { kind: 'item', id: p.items[empty[0]!]!.id },
        `${where}: ingen tjänstgör, men ärendet ska beslutas.`,
        `${where}: nobody serves in a decision item`,
      ),
    );
  }
  return out;
}
