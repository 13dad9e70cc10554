import { describe, expect, it } from 'vitest';
import { personName } from '../../../../shared/protocol/personText';
import { memberCountOf, quorumByItem } from '../../../../shared/protocol/participation';
import type { Protocol } from '../../../../shared/protocol/protocol';
import {
  addFromRegister,
  attendanceFromRegister,
  callInSubstitute,
  notYetListed,
  outOfTerm,
  substitutesFor,
} from '../../../../shared/register/registerAttendance';
import { registerPeopleFromTable } from '../../../../shared/register/registerTable';
import { emptyRegister, type Register } from '../../../../shared/register/registerSchema';
import { getTemplate } from '../../../../shared/template/builtInTemplates';
import { createProtocolFromTemplate } from '../../../../shared/template/newProtocol';
import { MEMBER_LIST_HEADER, memberListRows } from '../../../generate/memberList';

function register(rows = memberListRows()): Register {
  const { people } = registerPeopleFromTable([MEMBER_LIST_HEADER, ...rows]);
  return { ...emptyRegister('Socialnämnden', new Date(0)), people };
}

function newProtocol(date = '2025-03-12'): Protocol {
  return createProtocolFromTemplate(getTemplate('kommunal-namnd')!, {
    id: 'draft-1',
    now: new Date(0),
    body: 'Socialnämnden',
    date,
  });
}

const groupKind = (p: Protocol, name: string) => {
  const person = p.attendance.people.find((x) => x.name === name)!;
  return p.attendance.groups.find((g) => g.id === person.groupId)!.kind;
};

describe('attendance from the member register', () => {
  it('lists every ledamot as beslutande and takes the quorum from the register', () => {
    const p = attendanceFromRegister(newProtocol(), register());
    const beslutande = p.attendance.people.filter((x) => groupKind(p, x.name) === 'beslutande');
    expect(beslutande).toHaveLength(13);
    expect(memberCountOf(p)).toBe(13);
    expect(quorumByItem(p)[0]).toMatchObject({ required: 7, participants: 13, met: true });
    // Typed for one meeting, the count overrides the register's.
    const overridden = { ...p, meeting: { ...p.meeting, memberCount: 27 } };
    expect(memberCountOf(overridden)).toBe(27);
    expect(quorumByItem(overridden)[0]!.required).toBe(14);
  });

  it('leaves out those whose term does not cover the meeting and points out those listed anyway', () => {
    const rows = memberListRows();
    rows[1]![6] = '2024-12-31'; // Erik Lindqvist's term ended
    const r = register(rows);
    const p = attendanceFromRegister(newProtocol('2025-03-12'), r);
    expect(p.attendance.people.some((x) => x.name === 'Erik Lindqvist')).toBe(false);
    expect(memberCountOf(p)).toBe(12);
    expect(notYetListed(p, r).some((x) => x.name === 'Erik Lindqvist')).toBe(false);
    const listedAnyway = addFromRegister(
      p,
      r.people.find((x) => x.name === 'Erik Lindqvist')!,
    );
    expect(outOfTerm(listedAnyway, r).map((o) => o.person.name)).toEqual(['Erik Lindqvist']);
  });

  it('offers the ersättare of the absent member’s party in order, then the others', () => {
    const r = register();
    const p = attendanceFromRegister(newProtocol(), r);
    const member = p.attendance.people.find((x) => x.name === 'Anna Öhman')!;
    const offered = substitutesFor(p, r, member);
    expect(offered.slice(0, 4).map((x) => [x.party, x.order])).toEqual([
      ['S', 1],
      ['S', 2],
      ['S', 3],
      ['S', 4],
    ]);
    expect(offered).toHaveLength(13);
    const called = callInSubstitute(p, offered[0]!, member.id);
    const ersattare = called.attendance.people.find((x) => x.name === offered[0]!.name)!;
    expect(groupKind(called, ersattare.name)).toBe('tjanstgorande-ersattare');
    expect(personName(called, ersattare)).toBe(
      `${offered[0]!.name} (S) ersättare för Anna Öhman (S)`,
    );
    // Once serving, the ersättare is not offered again: the next one in order is.
    expect(substitutesFor(called, r, member)[0]!.order).toBe(2);
  });
});
