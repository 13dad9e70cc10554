import { describe, expect, it } from 'vitest';
import { parsePersonLine } from '../../../../renderer/attendance/parsePersonLine';
import { personLine } from '../../../../renderer/attendance/personText';

describe('parsePersonLine', () => {
  it('reads a member with party, municipality and role', () => {
    expect(parsePersonLine('Beatrice Öhman, (S), Boden, ordförande')).toEqual({
      name: 'Beatrice Öhman',
      party: 'S',
      organisation: 'Boden',
      role: 'ordforande',
    });
  });

  it('reads a member with only a party, with or without a comma', () => {
    expect(parsePersonLine('Linda Frohm, (M)')).toEqual({ name: 'Linda Frohm', party: 'M' });
    expect(parsePersonLine('Erika Sjöö (SJVP)')).toEqual({ name: 'Erika Sjöö', party: 'SJVP' });
  });

  it('reads an official as name, title, organisation', () => {
    expect(
      parsePersonLine('Eva Lakso, Avdelningschef social välfärd, Norrbottens Kommuner'),
    ).toEqual({
      name: 'Eva Lakso',
      title: 'Avdelningschef social välfärd',
      organisation: 'Norrbottens Kommuner',
    });
  });

  it('takes a single word after a name without party as the organisation', () => {
    expect(parsePersonLine('Anders Blomqvist, Region Norrbotten')).toEqual({
      name: 'Anders Blomqvist',
      organisation: 'Region Norrbotten',
    });
  });

  it('recognises vice chair before chair and the secretary as a role', () => {
    expect(parsePersonLine('Anna Lundberg, (S), Älvsbyn, vice ordförande')?.role).toBe(
      'vice-ordforande',
    );
    const secretary = parsePersonLine('Ulrika Larsson, Förbundssekreterare, Norrbottens Kommuner');
    expect(secretary).toEqual({
      name: 'Ulrika Larsson',
      role: 'sekreterare',
      title: 'Förbundssekreterare',
      organisation: 'Norrbottens Kommuner',
    });
  });

  it('reads a serving substitute and whom they serve for', () => {
    expect(parsePersonLine('Per Nilsson (S), ersättare för Anna Lundberg (S)')).toEqual({
      name: 'Per Nilsson',
      party: 'S',
      role: 'ersattare',
      substituteForName: 'Anna Lundberg',
    });
  });

  it('collapses spaces and returns null for an empty line', () => {
    expect(parsePersonLine('   ')).toBeNull();
    expect(parsePersonLine(' ,(S)')).toBeNull();
    expect(parsePersonLine('  Kerstin   Hellgren-Tobiasson ,  (S) , Jokkmokk ')).toEqual({
      name: 'Kerstin Hellgren-Tobiasson',
      party: 'S',
      organisation: 'Jokkmokk',
    });
  });
});

describe('personLine, the suggestion the quick-add offers', () => {
  it('writes name and party together, as the protokoll prints them, and reads back the same person', () => {
    const people = [
      { name: 'Karin Berg', party: 'S', organisation: 'Luleå kommun' },
      { name: 'Johan Ek', party: '(KD)' },
      { name: 'Eva Lakso', title: 'Avdelningschef', organisation: 'Norrbottens Kommuner' },
    ];
    expect(people.map(personLine)).toEqual([
      'Karin Berg (S), Luleå kommun',
      'Johan Ek (KD)',
      'Eva Lakso, Avdelningschef, Norrbottens Kommuner',
    ]);
    for (const p of people) {
      const read = parsePersonLine(personLine(p))!;
      expect(read.name).toBe(p.name);
      expect(read.party).toBe(p.party?.replace(/[()]/g, ''));
      expect(read.organisation).toBe(p.organisation);
    }
  });
});
