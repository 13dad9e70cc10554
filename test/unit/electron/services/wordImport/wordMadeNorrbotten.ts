import {
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { deflateSync } from 'node:zlib';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { blockText } from '../../../../../shared/protocol/richTextHelpers';
import { personName } from '../../../../../shared/protocol/personText';

/** A 1×1 PNG: enough for Word to hold a picture. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crcInput = Buffer.concat([Buffer.from(type), data]);
    let c = 0xffffffff;
    for (const byte of crcInput) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE((c ^ 0xffffffff) >>> 0);
    return Buffer.concat([len, Buffer.from(type), data, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (children: (Paragraph | Table)[], width: number) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, children });

/**
 * The Norrbotten protokoll as a secretary lays it out in Word, unlike Paragraf's export: headings
 * are bold paragraphs (no heading styles), the header fields and the attendance sit in two-column
 * tables (group in the left column, names under bold organisation lines in the right), the
 * signatures are "name | role" rows, and each § is a table row with the number in the left
 * column. One item holds a picture and a table of figures.
 */
export async function wordMadeNorrbotten(p: Protocol): Promise<Buffer> {
  const groupRows = p.attendance.groups
    .map((g) => {
      const people = p.attendance.people.filter((x) => x.groupId === g.id);
      if (people.length === 0) return undefined;
      const lines: Paragraph[] = [];
      for (const sub of [undefined, ...g.subgroups]) {
        const members = people.filter((x) => x.subgroup === sub);
        if (members.length === 0) continue;
        if (sub) lines.push(bold(sub));
        lines.push(...members.map((x) => plain(personName(p, x))));
      }
      return new TableRow({ children: [cell([bold(g.label)], 2600), cell(lines, 6400)] });
    })
    .filter((r): r is TableRow => r !== undefined);
  const byId = new Map(p.attendance.people.map((x) => [x.id, x]));
  const signers: [string, string][] = [
    [byId.get(p.signatures.secretaryId!)!.name, 'Sekreterare'],
    [byId.get(p.signatures.chairId!)!.name, 'Ordförande'],
    ...p.signatures.adjusters.map((a): [string, string] => [
      byId.get(a.personId)!.name,
      'Justerare § 46 - § 55',
    ]),
  ];
  const itemRows = p.items.map((item, i) => {
    const content: (Paragraph | Table)[] = [bold(item.title)];
    for (const b of item.body) content.push(plain(blockText(b).replace(/\n/g, ' ')));
    if (i === 3) {
      content.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: tinyPng(),
              transformation: { width: 40, height: 40 },
              altText: { name: 'Diagram', description: 'Kostnader per kommun', title: 'Diagram' },
            }),
          ],
        }),
        new Table({
          rows: [
            new TableRow({
              children: [cell([plain('Kommun')], 3000), cell([plain('Kostnad')], 3000)],
            }),
            new TableRow({
              children: [cell([plain('Boden')], 3000), cell([plain('1 200 tkr')], 3000)],
            }),
            new TableRow({
              children: [
                cell([plain('Karta')], 3000),
                cell(
                  [
                    new Paragraph({
                      children: [
                        new ImageRun({
                          type: 'png',
                          data: tinyPng(),
                          transformation: { width: 20, height: 20 },
                          altText: {
                            name: 'Karta',
                            description: 'Karta över länet',
                            title: 'Karta',
                          },
                        }),
                      ],
                    }),
                  ],
                  3000,
                ),
              ],
            }),
          ],
        }),
      );
    }
    if (item.decision) {
      content.push(bold('Beslut'), plain(item.decision.intro));
      for (const a of item.decision.attSatser) {
        content.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(a)] }));
      }
    }
    return new TableRow({ children: [cell([plain(`§ ${46 + i}`)], 1200), cell(content, 7800)] });
  });
  const doc = new Document({
    sections: [
      {
        children: [
          bold('PROTOKOLL'),
          new Paragraph({
            children: [new TextRun({ text: p.meeting.body, bold: true, size: 32 })],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell([bold('Sammanträdesdatum')], 2600),
                  cell([plain('16 december 2020')], 6400),
                ],
              }),
              new TableRow({
                children: [
                  cell([bold('Plats och tid')], 2600),
                  cell([plain(`${p.meeting.place}, kl. 09.00–12.00`)], 6400),
                ],
              }),
            ],
          }),
          plain(''),
          new Table({ rows: groupRows }),
          bold('UNDERSKRIFTER § 46 - § 55'),
          new Table({
            rows: signers.map(
              ([name, role]) =>
                new TableRow({ children: [cell([plain(name)], 4500), cell([plain(role)], 4500)] }),
            ),
          }),
          new Table({ rows: itemRows }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toArrayBuffer(doc));
}
