import { describe, expect, it } from 'vitest';
import {
  addPerson,
  markAbsent,
  movePerson,
  removePerson,
} from '../../../../renderer/attendance/attendanceEdits';
import { parsePersonLine } from '../../../../renderer/attendance/parsePersonLine';
import { setSimpleRange } from '../../../../shared/protocol/participationEdits';
import { loadFixture } from '../../../fixtures/loadFixture';

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
    expect(next.attendance.events.at(-1)).toEqual({
      type: 'substitutes',
      personId: added.id,
      forId: 'anna-lundberg',
    });
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
    const withRange = setSimpleRange(draft, 'anders-oberg', undefined, 'nara-vard-och-omsorg');
    expect(withRange.attendance.events).toHaveLength(1);
    const marked = markAbsent(withRange, 'anders-oberg');
    const absent = marked.attendance.people.find((p) => p.id === 'anders-oberg')!;
    expect(absent.groupId).toBe('franvarande');
    expect(marked.attendance.events).toEqual([]);
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
