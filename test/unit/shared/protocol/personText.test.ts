import { describe, expect, it } from 'vitest';
import { personSchema, type Person } from '../../../../shared/protocol/attendance';
import { hostileStrings } from '../../../generate/hostileText';
import {
  nameWithParty,
  participationText,
  partyText,
  personLine,
} from '../../../../shared/protocol/personText';
import { setSimpleRange } from '../../../../shared/protocol/participationEdits';
import { loadFixture } from '../../../fixtures/loadFixture';

const substitute: Person = {
  id: 'per',
  name: 'Per Olsson',
  party: 'S',
  role: 'ersattare',
  groupId: 'tjanstgorande-ersattare',
};

describe('personLine', () => {
  const p = loadFixture();
  const byId = (id: string) => p.attendance.people.find((x) => x.id === id)!;

  it('prints a member with party, municipality and a printed role', () => {
    expect(personLine(p, byId('beatrice-ohman'))).toBe('Beatrice Öhman (S), Boden, ordförande');
    expect(personLine(p, byId('anna-lundberg'))).toBe('Anna Lundberg (S), Älvsbyn');
  });

  it('leaves out the organisation when the subgroup heading already says it', () => {
    expect(personLine(p, byId('johannes-sundelin'))).toBe('Johannes Sundelin (S)');
  });

  it('prints an official as name, title, organisation', () => {
    expect(personLine(p, byId('anneli-granberg'))).toBe(
      'Anneli Granberg, Verksamhetsdirektör, Region Norrbotten',
    );
  });

  it('prints a serving substitute with the member they serve for, using the template label', () => {
    p.attendance.people.push(substitute);
    p.attendance.events.push({ type: 'substitutes', personId: 'per', forId: 'linda-frohm' });
    expect(personLine(p, substitute)).toBe('Per Olsson (S) ersättare för Linda Frohm (M)');
    p.labels.substituteFor = 'substitute for';
    expect(personLine(p, substitute)).toBe('Per Olsson (S) substitute for Linda Frohm (M)');
  });

  it('appends the items a person took part in', () => {
    const anders = byId('anders-oberg');
    const range = (from?: number, to?: number) =>
      (p.attendance = setSimpleRange(
        p,
        anders.id,
        from !== undefined ? p.items[from]!.id : undefined,
        to !== undefined ? p.items[to]!.id : undefined,
      ).attendance);
    range(undefined, 6);
    expect(participationText(p, anders)).toBe('deltog till och med § 52');
    expect(personLine(p, anders)).toBe('Anders Öberg (S), deltog till och med § 52');
    range(2, undefined);
    expect(participationText(p, anders)).toBe('deltog från § 48');
    range(1, 6);
    expect(participationText(p, anders)).toBe('deltog § 47–52');
    range(3, 3);
    expect(participationText(p, anders)).toBe('deltog § 49');
    p.meeting.numbering = { style: 'plain', firstNumber: 1 };
    range(0, 6);
    expect(participationText(p, anders)).toBe('deltog till och med punkt 7');
    range(1, 6);
    expect(participationText(p, anders)).toBe('deltog punkt 2–7');
    expect(participationText(p, byId('linda-frohm'))).toBe('');
  });

  it('says in words which items someone missed in between, and a one-item substitution', () => {
    const q = loadFixture();
    const erika = q.attendance.people.find((x) => x.id === 'erika-sjoo')!;
    q.attendance.events.push(
      { type: 'leaves', personId: 'erika-sjoo', itemId: q.items[7]!.id },
      { type: 'absent', personId: 'erika-sjoo', itemId: q.items[2]!.id, jav: false },
      { type: 'absent', personId: 'erika-sjoo', itemId: q.items[3]!.id, jav: false },
      { type: 'absent', personId: 'erika-sjoo', itemId: q.items[5]!.id, jav: false },
      // Jäv is printed under the item, not in the attendance.
      { type: 'absent', personId: 'erika-sjoo', itemId: q.items[6]!.id, jav: true },
    );
    expect(participationText(q, erika)).toBe('deltog till och med § 53, ej § 48–49, 51');
    q.attendance.people.push({ ...substitute, groupId: 'ej-tjanstgorande-ersattare' });
    q.attendance.events.push({
      type: 'substitutes',
      personId: 'per',
      forId: 'erika-sjoo',
      fromItemId: q.items[6]!.id,
      toItemId: q.items[6]!.id,
    });
    expect(personLine(q, q.attendance.people.at(-1)!)).toBe(
      'Per Olsson (S) ersättare för Erika Sjöö (SJVP) § 52',
    );
  });

  it('writes a name with its party', () => {
    expect(nameWithParty(byId('erika-sjoo'))).toBe('Erika Sjöö (SJVP)');
    expect(nameWithParty(byId('anders-blomqvist'))).toBe('Anders Blomqvist');
  });

  it('prints the party the way it was typed, in one pair of brackets, with or without organisation', () => {
    const karin = (over: Partial<Person>): Person => ({
      id: 'karin',
      name: 'Karin Berg',
      groupId: 'beslutande',
      ...over,
    });
    expect(personLine(p, karin({ party: 'S' }))).toBe('Karin Berg (S)');
    expect(personLine(p, karin({ party: ' (S) ' }))).toBe('Karin Berg (S)');
    expect(personLine(p, karin({ party: 'Sjvp', organisation: 'Luleå kommun' }))).toBe(
      'Karin Berg (Sjvp), Luleå kommun',
    );
    expect(personLine(p, karin({ party: '', organisation: 'Luleå kommun' }))).toBe(
      'Karin Berg, Luleå kommun',
    );
    expect(partyText('()')).toBe('');
  });

  it('never prints a comma between a name and a party, nor a doubled bracket, for any typed party', () => {
    const max = personSchema.shape.party.unwrap().maxLength ?? 50;
    for (const typed of hostileStrings(11, 200, max)) {
      const party = typed.replace(/^\(+|\)+$/g, '');
      const line = (typedParty: string) =>
        personLine(p, { id: 'x', name: 'Karin Berg', party: typedParty, groupId: 'beslutande' });
      expect(line(party)).not.toMatch(/^Karin Berg, \(/);
      // Typed with its brackets or without, it prints the same.
      expect(line(`(${party})`)).toBe(line(party));
      if (party.trim()) expect(line(party).startsWith('Karin Berg (')).toBe(true);
    }
  });
});
