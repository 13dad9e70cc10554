import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
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
    expect(report.unrecognised.map((n) => n.sv)).toContain(
      'Bilden ”Karta över länet” kunde inte importeras (§ 49).',
    );
    const item = JSON.stringify(protocol.items[3]!.body);
    for (const text of ['Kommun', 'Kostnad', 'Boden', '1 200 tkr']) expect(item).toContain(text);
    // …as a table of the editor, one row per Word row and one cell per Word cell.
    const table = protocol.items[3]!.body.find((b) => b.type === 'table');
    expect(table).toBeDefined();
    const cells =
      table!.type === 'table'
        ? table!.children.map((r) => r.children.map((c) => c.children.map((l) => l.text).join('')))
        : [];
    expect(cells.slice(0, 2)).toEqual([
      ['Kommun', 'Kostnad'],
      ['Boden', '1 200 tkr'],
    ]);
  });
});

describe('Word numbering the items itself', () => {
  it.each([
    ['§ %1', 'paragraph', '§ 46'],
    ['%1.', 'plain', '46.'],
  ] as const)('reads "%s" headings as items numbered from 46', async (text, style, first) => {
    const titles = ['Val av justerare', 'Budget 2025', 'Övriga frågor'];
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'punkter',
            levels: [{ level: 0, format: LevelFormat.DECIMAL, text, start: 46 }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Protokoll', bold: true })] }),
            new Paragraph({ children: [new TextRun('Kommunstyrelsen')] }),
            new Paragraph({ children: [new TextRun('Datum: 2025-03-12')] }),
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              children: [new TextRun('Närvarande')],
            }),
            new Paragraph({ children: [new TextRun('Anna Berg (S), ordförande')] }),
            new Paragraph({ children: [new TextRun('Per Ek (M)')] }),
            ...titles.flatMap((t) => [
              new Paragraph({
                heading: HeadingLevel.HEADING_1,
                numbering: { reference: 'punkter', level: 0 },
                children: [new TextRun(t)],
              }),
              new Paragraph({ children: [new TextRun({ text: 'Beslut', bold: true })] }),
              new Paragraph({ children: [new TextRun(`att godkänna ${t.toLowerCase()}`)] }),
            ]),
          ],
        },
      ],
    });
    const { protocol } = importWordBytes(Buffer.from(await Packer.toArrayBuffer(doc)));
    const e = essentials(protocol);
    expect(e.items.map((i) => [i.number, i.title])).toEqual(
      titles.map((t, i) => [style === 'paragraph' ? `§ ${46 + i}` : `${46 + i}.`, t]),
    );
    expect(e.items[0]!.number).toBe(first);
    expect(e.items.map((i) => i.attSatser)).toEqual(
      titles.map((t) => [`att godkänna ${t.toLowerCase()}`]),
    );
    expect(e.people.map((p) => [p.name, p.party, p.role])).toEqual([
      ['Anna Berg', 'S', 'ordforande'],
      ['Per Ek', 'M', 'ledamot'],
    ]);
    expect(protocol.meeting).toMatchObject({ body: 'Kommunstyrelsen', date: '2025-03-12' });
  });
});

describe('text as the editor holds it', () => {
  it('ends a paragraph at a line break and reads a tab as a space, as pasting does', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              children: [new TextRun('§ 1 Adresser')],
            }),
            new Paragraph({
              children: [
                new TextRun('Storgatan 1'),
                new TextRun({ text: '123 45 Byn', break: 1, bold: true }),
                new TextRun({ text: 'Tel\t0123', break: 1 }),
              ],
            }),
            new Paragraph({
              bullet: { level: 0 },
              children: [new TextRun('ett'), new TextRun({ text: 'två', break: 1 })],
            }),
          ],
        },
      ],
    });
    const { protocol } = importWordBytes(Buffer.from(await Packer.toArrayBuffer(doc)));
    expect(protocol.items[0]!.body).toEqual([
      { type: 'paragraph', children: [{ text: 'Storgatan 1' }] },
      { type: 'paragraph', children: [{ text: '123 45 Byn', bold: true }] },
      { type: 'paragraph', children: [{ text: 'Tel 0123' }] },
      {
        type: 'bulleted-list',
        children: [{ type: 'list-item', children: [{ text: 'ett' }, { text: ' två' }] }],
      },
    ]);
  });
});
