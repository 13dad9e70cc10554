import { describe, expect, it } from 'vitest';
import { parseProtocolText } from '../../../../shared/protocol/parse';
import { presenceOf, servingByItem } from '../../../../shared/protocol/participation';
import { randomEvents, randomShell, randomVersion1 } from '../../../generate/participationCases';
import { seededRandom } from '../../../generate/random';
import { legacyCoherent, legacyDeciding } from './legacyParticipation';

describe('servingByItem on random event sequences', () => {
  it('never lets anyone serve twice, fill a seat twice, or serve beside the member replaced', () => {
    const random = seededRandom(4711);
    for (let run = 0; run < 400; run++) {
      const p = randomShell(random, 1 + Math.floor(random() * 10), 2 + Math.floor(random() * 10));
      p.attendance.events = randomEvents(random, p, Math.floor(random() * 30));
      const presence = new Map(p.attendance.people.map((x) => [x.id, presenceOf(p, x)]));
      servingByItem(p).forEach((row, index) => {
        const ids = row.serving.map((s) => s.personId);
        expect(new Set(ids).size, `run ${run}`).toBe(ids.length);
        const seats = row.serving.flatMap((s) => (s.forId ? [s.forId] : []));
        expect(new Set(seats).size, `run ${run}`).toBe(seats.length);
        for (const seat of seats) expect(ids, `run ${run}`).not.toContain(seat);
        // Only people in the room serve, and nobody jävig.
        for (const id of ids) expect(presence.get(id)![index], `run ${run}`).toBe('present');
        for (const id of row.jav) expect(ids).not.toContain(id);
      });
    }
  });
});

describe('version 1 files after migration', () => {
  it('give the same people per item as the old ranges did', () => {
    const random = seededRandom(2026);
    let compared = 0;
    for (let run = 0; run < 400; run++) {
      const v1 = randomVersion1(
        random,
        1 + Math.floor(random() * 10),
        2 + Math.floor(random() * 10),
      );
      const doc = v1 as unknown as Parameters<typeof legacyDeciding>[0];
      if (!legacyCoherent(doc)) continue;
      const loaded = parseProtocolText(JSON.stringify(v1));
      if (!loaded.ok) throw new Error(loaded.error.en);
      expect(loaded.migratedFrom).toBe(1);
      const now = servingByItem(loaded.value).map((row) =>
        row.serving.map((s) => s.personId).sort(),
      );
      expect(now, `run ${run}`).toEqual(legacyDeciding(doc).map((ids) => [...ids].sort()));
      compared++;
    }
    // Most generated files are coherent; the comparison must not be vacuous.
    expect(compared).toBeGreaterThan(200);
  });
});

/** Any JSON value, small. */
function randomJson(random: () => number, depth = 0): unknown {
  const pickOne = Math.floor(random() * (depth > 2 ? 5 : 7));
  switch (pickOne) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return Math.floor(random() * 2000) - 1000;
    case 3:
      return ['', 'i1', 'p0', 'ghost', '__x', 'å'][Math.floor(random() * 6)];
    case 4:
      return undefined;
    case 5:
      return Array.from({ length: Math.floor(random() * 3) }, () => randomJson(random, depth + 1));
    default:
      return {
        fromItemId: randomJson(random, depth + 1),
        toItemId: randomJson(random, depth + 1),
        question: randomJson(random, depth + 1),
      };
  }
}

describe('version 1 files with odd participation fields', () => {
  it('load or are refused with a message; loading never throws', () => {
    const random = seededRandom(99);
    for (let run = 0; run < 300; run++) {
      const v1 = randomVersion1(random, 3, 4) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const person = v1.attendance.people[Math.floor(random() * 4)];
      const item = v1.items[Math.floor(random() * 3)];
      const field = Math.floor(random() * 4);
      if (field === 0) person.participation = randomJson(random);
      if (field === 1) person.substituteForId = randomJson(random);
      if (field === 2) item.javPersonIds = randomJson(random);
      if (field === 3) item.vote = randomJson(random);
      const before = JSON.stringify(v1);
      const result = parseProtocolText(before);
      if (result.ok && field === 0 && person.participation !== undefined) {
        // Whatever was there is read as arrival and departure, never dropped.
        const { fromItemId, toItemId } = person.participation as Record<string, unknown>;
        const events = result.value.attendance.events.filter((e) => e.personId === person.id);
        if (typeof fromItemId === 'string')
          expect(events).toContainEqual({
            type: 'arrives',
            personId: person.id,
            itemId: fromItemId,
          });
        if (typeof toItemId === 'string')
          expect(events).toContainEqual({ type: 'leaves', personId: person.id, itemId: toItemId });
      }
      if (!result.ok) {
        expect(result.error.sv.length, `run ${run}`).toBeGreaterThan(0);
        expect(result.error.code).toBe('invalid');
      }
    }
  });
});
