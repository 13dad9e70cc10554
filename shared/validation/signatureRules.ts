import { presenceOf, resolveItemRange } from '../protocol/participation';
import { itemsText } from './itemGroups';
import type { Protocol } from '../protocol/protocol';
import { describer } from './describe';
import { rangeRules } from './rangeRules';
import { warning, type ValidationWarning } from './warning';

function isInAttendance(p: Protocol, personId: string): boolean {
  const person = p.attendance.people.find((x) => x.id === personId);
  const group = person && p.attendance.groups.find((g) => g.id === person.groupId);
  return group !== undefined && group.kind !== 'franvarande';
}

/** Who signs: the people must be there, and the justerare must have been there for what they sign. */
export function signatureRules(p: Protocol): ValidationWarning[] {
  const out: ValidationWarning[] = [];
  const say = describer(p);
  const s = p.signatures;
  const signers: Array<[string | undefined, string, string, string]> = [
    [s.chairId, 'chairId', 'Ordföranden', 'the chair'],
    [s.secretaryId, 'secretaryId', 'Sekreteraren', 'the secretary'],
    ...s.adjusters.map(
      (a, i) =>
        [a.personId, `adjusters[${i}]`, 'Justeraren', 'the adjuster'] as [
          string,
          string,
          string,
          string,
        ],
    ),
  ];
  for (const [id, field, sv, en] of signers) {
    if (id === undefined || isInAttendance(p, id)) continue;
    out.push(
      warning(
        'signer-not-in-attendance',
        { kind: 'signature', field },
        `${sv} (${say.person(id)}) finns inte bland de närvarande.`,
        `${en} (${say.person(id)}) is not among those present`,
      ),
    );
  }
  if (s.adjusters.length === 0) {
    out.push(
      warning(
        'no-adjuster',
        { kind: 'signature', field: 'adjusters' },
        'Ingen justerare är utsedd.',
        'no adjuster (justerare) has been named',
      ),
    );
  }
  const covered = new Set<number>();
  s.adjusters.forEach((a, i) => {
    const field = `adjusters[${i}]`;
    const name = say.person(a.personId);
    const problems = rangeRules(p, a.fromItemId, a.toItemId, {
      code: 'adjuster-range',
      location: { kind: 'signature', field },
      sv: `Justerarens (${name}) paragrafer`,
      en: `the item range of adjuster ${name}`,
    });
    out.push(...problems);
    const range = resolveItemRange(p, a.fromItemId, a.toItemId);
    const person = p.attendance.people.find((x) => x.id === a.personId);
    if (problems.length > 0 || !range) return;
    for (let index = range.from; index <= range.to; index++) covered.add(index);
    if (!person) return;
    const presence = presenceOf(p, person);
    const inRange = (index: number) => index >= range.from && index <= range.to;
    const missed = p.items.filter((_, index) => inRange(index) && presence[index] === 'away');
    const jav = presence.flatMap((state, index) =>
      inRange(index) && state === 'jav' ? [index] : [],
    );
    if (jav.length > 0) {
      const where = itemsText(p, jav);
      out.push(
        warning(
          'adjuster-jav',
          { kind: 'signature', field },
          `Justeraren ${name} justerar ${where} men var jävig där. Låt en annan justerare justera ${jav.length > 1 ? 'de paragraferna' : 'den paragrafen'}.`,
          `adjuster ${name} signs ${where} but was disqualified (jäv) there`,
        ),
      );
    }
    if (missed.length > 0 && isInAttendance(p, a.personId)) {
      const list = missed.map((item) => say.item(item.id)).join(', ');
      out.push(
        warning(
          'adjuster-not-present',
          { kind: 'signature', field },
          `Justeraren ${name} justerar ${list} men var inte närvarande då.`,
          `adjuster ${name} signs ${list} but was not present for them`,
        ),
      );
    }
  });
  if (s.adjusters.length > 0 && out.every((w) => !w.code.startsWith('adjuster-range'))) {
    const unsigned = p.items.filter((_, index) => !covered.has(index));
    if (unsigned.length > 0) {
      const list = unsigned.map((item) => say.item(item.id)).join(', ');
      out.push(
        warning(
          'items-without-adjuster',
          { kind: 'signature', field: 'adjusters' },
          `Ingen justerare justerar ${list}.`,
          `no adjuster signs ${list}`,
        ),
      );
    }
  }
  return out;
}
