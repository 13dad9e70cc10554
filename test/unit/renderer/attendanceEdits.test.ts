import { describe, expect, it } from 'vitest';
import {
  addPerson,
  markAbsent,
  movePerson,
  removePerson,
} from '../../../renderer/attendance/attendanceEdits';
import { parsePersonLine } from '../../../renderer/attendance/parsePersonLine';
import { loadFixture } from '../../fixtures/loadFixture';

const names = (d: ReturnType<typeof loadFixture>, subgroup: string) =>
  d.attendance.people.filter((p) => p.subgroup === subgroup).map((p) => p.name);

describe('attendance edits', () => {
  it('adds a typed person at the end of the chosen group and links a substitute by name', () => {
    const draft = loadFixture();
    const line = parsePersonLine('Per Nilsson (S), ersättare för Anna Lundberg')!;
    const next = addPerson(draft, line, 'tjanstgorande-ersattare');
    const added = next.attendance.people.at(-1)!;
    expect(added).toMatchObject({ name: 'Per Nilsson', party: 'S', role: 'ersattare' });
    expect(added.groupId).toBe('tjanstgorande-ersattare');
    expect(added.substituteForId).toBe('anna-lundberg');
    expect(draft.attendance.people).toHaveLength(next.attendance.people.length - 1);
  });

  it('moves a person within their own sub-heading only', () => {
    const draft = loadFixture();
    const region = names(draft, 'Region Norrbotten');
    const up = movePerson(draft, 'erika-sjoo', -1);
    expect(names(up, 'Region Norrbotten').slice(0, 2)).toEqual([region[1], region[0]]);
    // Already first in its sub-heading: the member above belongs to another one.
    expect(movePerson(draft, 'linda-frohm', -1)).toBe(draft);
    expect(movePerson(draft, 'beatrice-ohman', -1)).toBe(draft);
  });

  it('marks a person absent without their participation range', () => {
    const draft = loadFixture();
    const withRange = {
      ...draft,
      attendance: {
        ...draft.attendance,
        people: draft.attendance.people.map((p) =>
          p.id === 'anders-oberg'
            ? { ...p, participation: { toItemId: 'nara-vard-och-omsorg' } }
            : p,
        ),
      },
    };
    const absent = markAbsent(withRange, 'anders-oberg').attendance.people.find(
      (p) => p.id === 'anders-oberg',
    )!;
    expect(absent.groupId).toBe('franvarande');
    expect(absent.participation).toBeUndefined();
    expect(absent.subgroup).toBeUndefined();
  });

  it('removing a person also removes them from the signatures', () => {
    const draft = loadFixture();
    const next = removePerson(draft, 'johannes-sundelin');
    expect(next.attendance.people.some((p) => p.id === 'johannes-sundelin')).toBe(false);
    expect(next.signatures.adjusters).toEqual([]);
    expect(next.signatures.chairId).toBe('beatrice-ohman');
  });
});
