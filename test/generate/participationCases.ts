import type { GroupKind } from '../../shared/protocol/attendance';
import type { ParticipationEvent } from '../../shared/protocol/participationEvents';
import { protocolSchema, type Protocol } from '../../shared/protocol/protocol';
import { loadFixture } from '../fixtures/loadFixture';
import { pick } from './random';

/** Group ids of the fixture's template by kind, plus a group for non-serving ersättare. */
const GROUPS: { id: string; kind: GroupKind }[] = [
  { id: 'beslutande', kind: 'beslutande' },
  { id: 'tjanstgorande-ersattare', kind: 'tjanstgorande-ersattare' },
  { id: 'ej-tjanstgorande', kind: 'ej-tjanstgorande-ersattare' },
  { id: 'ovriga', kind: 'ovriga' },
  { id: 'franvarande', kind: 'franvarande' },
];

/** A small protocol shell: the fixture's items (cut to `items`), `people` people spread over the groups. */
export function randomShell(random: () => number, items: number, people: number): Protocol {
  const base = loadFixture();
  return protocolSchema.parse({
    ...base,
    items: base.items.slice(0, Math.max(1, items)),
    attendance: {
      groups: GROUPS.map((g) => ({ ...g, label: g.id, subgroups: [] })),
      people: Array.from({ length: people }, (_, k) => ({
        id: `p${k}`,
        name: `Person ${k}`,
        groupId: pick(random, GROUPS).id,
      })),
      events: [],
    },
    signatures: { adjusters: [] },
  });
}

/** Any sequence of events, including ones naming unknown people or items and odd substitutions. */
export function randomEvents(
  random: () => number,
  p: Protocol,
  count: number,
): ParticipationEvent[] {
  const personIds = [...p.attendance.people.map((x) => x.id), 'ghost'];
  const itemIds = [...p.items.map((i) => i.id), 'gone'];
  const maybe = <T>(value: T) => (random() < 0.3 ? undefined : value);
  return Array.from({ length: count }, (): ParticipationEvent => {
    const personId = pick(random, personIds);
    const itemId = pick(random, itemIds);
    switch (Math.floor(random() * 4)) {
      case 0:
        return { type: 'arrives', personId, itemId };
      case 1:
        return { type: 'leaves', personId, itemId };
      case 2:
        return { type: 'absent', personId, itemId, jav: random() < 0.5 };
      default: {
        const forId = maybe(pick(random, personIds));
        const fromItemId = maybe(pick(random, itemIds));
        const toItemId = maybe(pick(random, itemIds));
        return {
          type: 'substitutes',
          personId,
          ...(forId ? { forId } : {}),
          ...(fromItemId ? { fromItemId } : {}),
          ...(toItemId ? { toItemId } : {}),
        };
      }
    }
  });
}

/**
 * A version 1 file (one range and one substituteForId per person, jäv on the item), valid in the
 * sense the old checks asked for: ranges name existing items in order, a serving ersättare names a
 * member (or nobody).
 */
export function randomVersion1(
  random: () => number,
  items: number,
  people: number,
): Record<string, unknown> {
  const shell = randomShell(random, items, people);
  const ids = shell.items.map((i) => i.id);
  const members = shell.attendance.people.filter(
    (x) => x.groupId === 'beslutande' || x.groupId === 'franvarande',
  );
  const v1People = shell.attendance.people.map((person) => {
    const out: Record<string, unknown> = { ...person };
    const a = Math.floor(random() * ids.length);
    const b = Math.floor(random() * ids.length);
    const roll = random();
    if (roll < 0.2) out.participation = { fromItemId: ids[Math.min(a, b)] };
    else if (roll < 0.4) out.participation = { toItemId: ids[Math.max(a, b)] };
    else if (roll < 0.6)
      out.participation = { fromItemId: ids[Math.min(a, b)], toItemId: ids[Math.max(a, b)] };
    if (person.groupId === 'tjanstgorande-ersattare' && members.length > 0 && random() < 0.8)
      out.substituteForId = pick(random, members).id;
    return out;
  });
  const v1Items = shell.items.map((item) => {
    const { votes, ...rest } = item;
    const jav = shell.attendance.people.filter(() => random() < 0.1).map((x) => x.id);
    return {
      ...rest,
      javPersonIds: jav,
      ...(votes[0] ? { vote: votes[0] } : {}),
    };
  });
  const { events: _events, ...attendance } = shell.attendance;
  return {
    ...shell,
    schemaVersion: 1,
    attendance: { ...attendance, people: v1People },
    items: v1Items,
  };
}
