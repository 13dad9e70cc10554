import { describe, expect, it } from 'vitest';
import { placePerson } from '../../../../renderer/attendance/attendanceEdits';
import { servingByItem } from '../../../../shared/protocol/participation';
import {
  javIdsAt,
  recordJav,
  setAbsentAt,
  setSimpleRange,
  simpleRangeOf,
} from '../../../../shared/protocol/participationEdits';
import { loadFixture } from '../../../fixtures/loadFixture';

const ITEM = 'medicinskt-forbrukningsmaterial';

describe('participation edits', () => {
  it('jäv with an ersättare, then cleared, leaves no trace', () => {
    const p = loadFixture();
    p.attendance.people.push({ id: 'per', name: 'Per Olsson', groupId: 'tjanstgorande-ersattare' });
    const jav = recordJav(p, 'linda-frohm', ITEM, 'per');
    expect(javIdsAt(jav, ITEM)).toEqual(['linda-frohm']);
    const row = servingByItem(jav)[3]!;
    expect(row.serving).toContainEqual({ personId: 'per', forId: 'linda-frohm' });
    expect(row.serving.map((s) => s.personId)).not.toContain('linda-frohm');
    // Choosing another ersättare (or none) replaces the one-item substitution.
    expect(recordJav(jav, 'linda-frohm', ITEM).attendance.events).toEqual([
      { type: 'absent', personId: 'linda-frohm', itemId: ITEM, jav: true },
    ]);
    expect(setAbsentAt(jav, 'linda-frohm', ITEM, 'present').attendance.events).toEqual([]);
  });

  it('a simple range is one arrival and one departure', () => {
    const p = loadFixture();
    const a = setSimpleRange(p, 'anders-oberg', p.items[2]!.id, p.items[6]!.id);
    expect(simpleRangeOf(a, 'anders-oberg')).toEqual({
      fromItemId: p.items[2]!.id,
      toItemId: p.items[6]!.id,
    });
    const b = setSimpleRange(a, 'anders-oberg', undefined, p.items[7]!.id);
    expect(b.attendance.events).toEqual([
      { type: 'leaves', personId: 'anders-oberg', itemId: p.items[7]!.id },
    ]);
  });

  it('placing someone among the serving ersättare makes them serve; moving them out stops it', () => {
    const p = loadFixture();
    p.attendance.people.push({ id: 'per', name: 'Per Olsson', groupId: 'ovriga' });
    const serves = (q: typeof p) =>
      servingByItem(q).every((row) => row.serving.some((s) => s.personId === 'per'));
    const placed = placePerson(p, 'per', 'tjanstgorande-ersattare', undefined);
    expect(serves(placed)).toBe(true);
    const back = placePerson(placed, 'per', 'ovriga', undefined);
    expect(servingByItem(back).some((row) => row.serving.some((s) => s.personId === 'per'))).toBe(
      false,
    );
    expect(back.attendance.events).toEqual([]);
  });
});
