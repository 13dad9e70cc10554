import { describe, expect, it } from 'vitest';
import { importWordBytes } from '../../../../../electron/services/wordImport/importWordFile';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { essentials } from './roundTripProtocols';
import { wordMadeNorrbotten } from './wordMadeNorrbotten';

describe('a Word-made protokoll in its own layout', () => {
  it('recovers every name and item of the Norrbotten protokoll', async () => {
    const fixture = loadFixture();
    const { protocol, report } = importWordBytes(await wordMadeNorrbotten(fixture));
    expect(essentials(protocol)).toEqual(essentials(fixture));
    expect(protocol.meeting).toMatchObject({
      body: fixture.meeting.body,
      date: '2020-12-16',
      place: 'Digitalt via Teams',
      startTime: '09:00',
      endTime: '12:00',
    });
    const names = (id: string | undefined) =>
      protocol.attendance.people.find((x) => x.id === id)?.name;
    expect(names(protocol.signatures.secretaryId)).toBe('Ulrika Larsson');
    expect(names(protocol.signatures.chairId)).toBe('Beatrice Öhman');
    expect(protocol.signatures.adjusters.map((a) => names(a.personId))).toEqual([
      'Johannes Sundelin',
    ]);
    // Subgroups and organisations as printed.
    expect(protocol.attendance.groups[0]!.subgroups).toEqual(
      fixture.attendance.groups[0]!.subgroups,
    );
    const lakso = protocol.attendance.people.find((x) => x.name === 'Eva Lakso')!;
    expect(lakso).toMatchObject({
      title: 'Avdelningschef social välfärd',
      organisation: 'Norrbottnens Kommuner',
    });
    // The picture is reported with its place; the table's cells are all kept in the item.
    expect(report.unrecognised.map((n) => n.sv)).toContain(
      'Bilden ”Kostnader per kommun” kunde inte importeras (§ 49).',
    );
    const item = JSON.stringify(protocol.items[3]!.body);
    for (const text of ['Kommun', 'Kostnad', 'Boden', '1 200 tkr']) expect(item).toContain(text);
  });
});
