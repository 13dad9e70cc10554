import { describe, expect, it } from 'vitest';
import { parseProtocolText } from '../../../shared/protocol/parse';
import { presenceOf, servingByItem } from '../../../shared/protocol/participation';
import { randomEvents, randomShell, randomVersion1 } from '../../generate/participationCases';
import { seededRandom } from '../../generate/random';
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
