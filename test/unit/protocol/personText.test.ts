import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/protocol/attendance';
import { nameWithParty, participationText, personLine } from '../../../shared/protocol/personText';
import { loadFixture } from '../../fixtures/loadFixture';

const substitute: Person = {
  id: 'per',
  name: 'Per Olsson',
  party: 'S',
  role: 'ersattare',
  groupId: 'tjanstgorande-ersattare',
  substituteForId: 'linda-frohm',
};

describe('personLine', () => {
  const p = loadFixture();
  const byId = (id: string) => p.attendance.people.find((x) => x.id === id)!;

  it('prints a member with party, municipality and a printed role', () => {
    expect(personLine(p, byId('beatrice-ohman'))).toBe('Beatrice Öhman, (S), Boden, ordförande');
    expect(personLine(p, byId('anna-lundberg'))).toBe('Anna Lundberg, (S), Älvsbyn');
  });

  it('leaves out the organisation when the subgroup heading already says it', () => {
    expect(personLine(p, byId('johannes-sundelin'))).toBe('Johannes Sundelin, (S)');
  });

  it('prints an official as name, title, organisation', () => {
    expect(personLine(p, byId('anneli-granberg'))).toBe(
      'Anneli Granberg, Verksamhetsdirektör, Region Norrbotten',
    );
  });

  it('prints a serving substitute with the member they serve for, using the template label', () => {
    p.attendance.people.push(substitute);
    expect(personLine(p, substitute)).toBe('Per Olsson (S) ersättare för Linda Frohm (M)');
    p.labels.substituteFor = 'substitute for';
    expect(personLine(p, substitute)).toBe('Per Olsson (S) substitute for Linda Frohm (M)');
  });

  it('appends the items a person took part in', () => {
    const anders = byId('anders-oberg');
    anders.participation = { toItemId: p.items[6]!.id };
    expect(participationText(p, anders)).toBe('§ 46-52');
    expect(personLine(p, anders)).toBe('Anders Öberg, (S) § 46-52');
    anders.participation = { fromItemId: p.items[3]!.id, toItemId: p.items[3]!.id };
    expect(participationText(p, anders)).toBe('§ 49');
    p.meeting.numbering = { style: 'plain', firstNumber: 1 };
    anders.participation = { fromItemId: p.items[0]!.id, toItemId: p.items[6]!.id };
    expect(participationText(p, anders)).toBe('1-7');
    expect(participationText(p, byId('linda-frohm'))).toBe('');
  });

  it('writes a name with its party', () => {
    expect(nameWithParty(byId('erika-sjoo'))).toBe('Erika Sjöö (SJVP)');
    expect(nameWithParty(byId('anders-blomqvist'))).toBe('Anders Blomqvist');
  });
});
