import { describe, expect, it } from 'vitest';
import { importWordBytes } from '../../../../../electron/services/wordImport/importWordFile';
import { DOCX_LIMITS } from '../../../../../electron/services/wordImport/unzipDocx';
import { ParagrafError } from '../../../../../shared/errors/paragrafError';
import { MAX_PROTOCOL_ITEMS } from '../../../../../shared/protocol/protocol';
import { MAX_ATTENDANCE_PEOPLE } from '../../../../../shared/wordImport/recognise/attendanceBook';
import { MAX_XML_NODES } from '../../../../../shared/wordImport/xmlTree';
import { seededRandom, pick } from '../../../../generate/random';
import { buildZip, documentXml } from './zipBuilder';

/** Small shapes of Word XML and how many nodes (elements and text runs) each adds. */
const SHAPES: readonly [string, number][] = [
  ['<w:p/>', 1],
  ['<w:p><w:r/></w:p>', 2],
  ['<w:p><w:r><w:t>a</w:t></w:r></w:p>', 4],
  ['<w:tab/>x', 2],
  ['<![CDATA[y]]>', 1],
  ['<w:p><w:pPr><w:jc w:val="left"/></w:pPr></w:p>', 3],
];

/** A document.xml of a little more than `nodes` nodes in a seeded mix of shapes. */
function manyNodes(seed: number, nodes: number): string {
  const random = seededRandom(seed);
  const units: string[] = [];
  let count = 0;
  while (count <= nodes) {
    const [xml, n] = pick(random, SHAPES);
    units.push(xml);
    count += n;
  }
  return `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${units.join('')}</w:body></w:document>`;
}

function refusal(data: Buffer): ParagrafError {
  try {
    importWordBytes(data);
  } catch (err) {
    expect(err).toBeInstanceOf(ParagrafError);
    return err as ParagrafError;
  }
  throw new Error('the file was imported');
}

describe('a .docx that is small but unpacks to a huge document', () => {
  it.each([1, 2, 3])('is refused past the node limit, not built into a tree (seed %i)', (seed) => {
    const xml = manyNodes(seed, MAX_XML_NODES);
    const file = buildZip([{ name: 'word/document.xml', data: Buffer.from(xml) }]);
    expect(file.length).toBeLessThan(1024 * 1024);
    const e = refusal(file);
    expect(e.code).toBe('word-import-too-much');
    expect(e.sv).toContain('mer än ett protokoll kan rymma');
  });

  it('refuses the same in a page header, which is read besides the document', () => {
    const header = Buffer.from(manyNodes(4, MAX_XML_NODES).replace(/w:document|w:body/g, 'w:hdr'));
    const file = buildZip([
      { name: 'word/document.xml', data: Buffer.from(documentXml(['§ 1 Val av justerare'])) },
      { name: 'word/header1.xml', data: header },
    ]);
    expect(refusal(file).code).toMatch(/^word-import-(too-much|zip-bomb)$/);
  });

  it('stops inflating a page header at its own limit, whatever size it declares', () => {
    const blank = Buffer.alloc(DOCX_LIMITS.headerBytes + 1, 0x20);
    const header = Buffer.concat([Buffer.from('<w:hdr>'), blank, Buffer.from('</w:hdr>')]);
    const document = Buffer.from(documentXml(['§ 1 Val av justerare']));
    for (const declaredSize of [100, header.length]) {
      const headers = Array.from({ length: 6 }, (_, i) => ({
        name: `word/header${i + 1}.xml`,
        data: header,
        declaredSize,
      }));
      const file = buildZip([{ name: 'word/document.xml', data: document }, ...headers]);
      expect(refusal(file).code).toBe('word-import-zip-bomb');
    }
  });
});

/** Item headings in the forms a protokoll uses, in a seeded mix, some inserted, some out of order. */
function headingLines(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const n = random() < 0.1 ? 1 + Math.floor(random() * 1000) : i + 1;
    const letter = random() < 0.1 ? ' a' : '';
    return pick(random, [`§ ${n}${letter} Punkt`, `${n}${letter} § Punkt`, `§ ${n}${letter}`]);
  });
}

describe('a .docx with far more item headings than a protokoll holds', () => {
  it.each([1, 2])('is refused at the first heading too many (seed %i)', (seed) => {
    const lines = ['Kommunstyrelsen', ...headingLines(seed, 100_000)];
    const e = refusal(
      buildZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(lines)) }]),
    );
    expect(e.code).toBe('word-import-too-much');
    expect(e.detail).toMatch(new RegExp(`more than ${MAX_PROTOCOL_ITEMS} items, at `));
  });
});

/** Attendance lines in a seeded mix: the same name again and again, substitutes, partial presence. */
function attendanceLines(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    pick(random, [
      'Anna Andersson (S)',
      `Anna Andersson${i} (S), ordförande`,
      `Bo Berg${i} (M) ersättare för Anna Andersson${i - 1}`,
      'Anna Andersson (S) deltog till och med § 1',
    ]),
  );
}

describe('a .docx with far more people in the attendance than any meeting', () => {
  it.each([1, 2])('is refused at the first person too many (seed %i)', (seed) => {
    const lines = ['Kommunstyrelsen', 'Beslutande', ...attendanceLines(seed, 50_000), '§ 1 Val'];
    const e = refusal(
      buildZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(lines)) }]),
    );
    expect(e.code).toBe('word-import-too-much');
    expect(e.detail).toContain(`more than ${MAX_ATTENDANCE_PEOPLE} people in the attendance`);
  });

  it('reads an attendance of the largest size, with the same name many times', () => {
    const lines = [
      'Kommunstyrelsen',
      'Beslutande',
      ...Array.from({ length: MAX_ATTENDANCE_PEOPLE }, () => 'Anna Andersson (S)'),
      '§ 1 Val',
    ];
    const { protocol } = importWordBytes(
      buildZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(lines)) }]),
    );
    const ids = protocol.attendance.people.map((p) => p.id);
    expect(new Set(ids).size).toBe(MAX_ATTENDANCE_PEOPLE);
  });
});
