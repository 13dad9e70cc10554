import { describe, expect, it } from 'vitest';
import {
  participantsAt,
  participantsByItem,
  quorumByItem,
} from '../../../../shared/protocol/participation';
import { loadFixture } from '../../../fixtures/loadFixture';

describe('participation', () => {
  it('counts present members and serving substitutes, not officials', () => {
    const p = loadFixture();
    const names = participantsAt(p, 0).map((x) => x.name);
    expect(names).toHaveLength(14);
    expect(names).toContain('Beatrice Öhman');
    expect(names).not.toContain('Eva Lakso');
  });

  it('follows participation ranges and leaves out jäv', () => {
    const p = loadFixture();
    const anders = p.attendance.people.find((x) => x.id === 'anders-oberg')!;
    p.attendance.events.push(
      { type: 'leaves', personId: anders.id, itemId: p.items[6]!.id },
      { type: 'absent', personId: 'linda-frohm', itemId: p.items[2]!.id, jav: true },
    );
    const byItem = participantsByItem(p);
    const ids = (index: number) => byItem.get(p.items[index]!.id)!.map((x) => x.id);
    expect(ids(6)).toContain('anders-oberg');
    expect(ids(7)).not.toContain('anders-oberg');
    expect(ids(2)).not.toContain('linda-frohm');
    expect(ids(3)).toContain('linda-frohm');
  });

  it('counts a serving substitute in place of an absent member', () => {
    const p = loadFixture();
    const linda = p.attendance.people.find((x) => x.id === 'linda-frohm')!;
    linda.groupId = 'franvarande';
    p.attendance.people.push({
      id: 'sub',
      name: 'Per Olsson',
      groupId: 'tjanstgorande-ersattare',
    });
    p.attendance.events.push({ type: 'substitutes', personId: 'sub', forId: 'linda-frohm' });
    const ids = participantsAt(p, 0).map((x) => x.id);
    expect(ids).toContain('sub');
    expect(ids).not.toContain('linda-frohm');
    expect(ids).toHaveLength(14);
  });

  it('requires more than half of the members for a quorum', () => {
    const p = loadFixture();
    p.meeting.memberCount = 28;
    // 14 of 28 is exactly half: not a quorum.
    expect(quorumByItem(p).every((q) => !q.met && q.required === 15)).toBe(true);
    p.meeting.memberCount = 27;
    expect(quorumByItem(p).every((q) => q.met && q.required === 14)).toBe(true);
    p.meeting.memberCount = undefined;
    expect(quorumByItem(p)).toEqual([]);
  });
});
