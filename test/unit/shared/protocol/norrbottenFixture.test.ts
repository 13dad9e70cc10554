import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemNumberMap, itemRangeText } from '../../../../shared/protocol/numbering';
import { personLine } from '../../../../shared/protocol/personText';
import { plainText } from '../../../../shared/protocol/richTextHelpers';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

/** The published example the fixture was entered from (kept next to the repository). */
const EXAMPLE = join(
  __dirname,
  '../../../../../shared/examples/protokoll-norrbotten-2020-12-16.txt',
);

const NAMES = [
  'Beatrice Öhman',
  'Anna Lundberg',
  'Sven-Gösta Pettersson',
  'Annica Henelund',
  'Mari-Teres Ögren',
  'Bodil Wennerbrandt',
  'Kerstin Hellgren-Tobiasson',
  'Anne Jakobsson',
  'Linda Frohm',
  'Erika Sjöö',
  'Anders Öberg',
  'Elisabeth Lindberg',
  'Johannes Sundelin',
  'Lennart Åström',
  'Eva Lakso',
  'Annica Henriksson',
  'Anneli Granberg',
  'Anna Alm Andersson',
  'Anders Blomqvist',
  'Anna-Stina Nordmark-Nilsson',
  'Ulrika Larsson',
];

const ITEMS: Array<[string, string]> = [
  ['§ 46', 'Val av justerare'],
  ['§ 47', 'Godkännande av dagordning'],
  ['§ 48', 'Föregående mötesprotokoll'],
  ['§ 49', 'Medicinskt förbrukningsmaterial'],
  ['§ 50', 'Försörjning av hjälpmedel'],
  ['§ 51', 'Nära vård och omsorg'],
  ['§ 52', 'Sammanträde den 6 maj 2021'],
  ['§ 53', 'Övriga frågor'],
  ['§ 54', 'Meddelande'],
  ['§ 55', 'Sammanträdets avslutande'],
];

describe('Norrbotten 2020-12-16 fixture', () => {
  const p = loadFixture();

  it('loads and has no validation warnings', () => {
    expect(validateProtocol(p)).toEqual([]);
  });

  it('lists every person of the example', () => {
    expect(p.attendance.people.map((x) => x.name).sort()).toEqual([...NAMES].sort());
  });

  it('numbers every item of the example as printed', () => {
    const numbers = itemNumberMap(p);
    expect(p.items.map((i) => [numbers.get(i.id)?.label, i.title])).toEqual(ITEMS);
    expect(itemRangeText(p)).toBe('§ 46–55');
  });

  it('prints attendance lines with name and party together, as print-conventions.md says', () => {
    const lines = p.attendance.people.map((x) => personLine(p, x));
    expect(lines).toContain('Beatrice Öhman (S), Boden, ordförande');
    expect(lines).toContain('Linda Frohm (M)');
    expect(lines).toContain('Eva Lakso, Avdelningschef social välfärd, Norrbottnens Kommuner');
  });

  it('keeps the bulleted att-list in § 49 and the decisions with att-satser', () => {
    const item49 = p.items[3]!;
    const list = item49.body.find((b) => b.type === 'bulleted-list');
    expect(list?.children).toHaveLength(3);
    expect(plainText(item49.body)).toContain('att säga upp nuvarande samverkansavtal');
    expect(p.items[4]!.decision?.attSatser).toHaveLength(2);
    expect(p.items[3]!.documents).toEqual(['PM Medicinskt förbrukningsmaterial 2020-12-16']);
  });

  it('names the signers of the example', () => {
    const name = (id?: string) => p.attendance.people.find((x) => x.id === id)?.name;
    expect(name(p.signatures.secretaryId)).toBe('Ulrika Larsson');
    expect(name(p.signatures.chairId)).toBe('Beatrice Öhman');
    const adjuster = p.signatures.adjusters[0]!;
    expect(name(adjuster.personId)).toBe('Johannes Sundelin');
    expect(itemRangeText(p, adjuster.fromItemId, adjuster.toItemId)).toBe('§ 46–55');
  });

  it.runIf(existsSync(EXAMPLE))('uses names and titles that occur in the published example', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    for (const name of NAMES) expect(text).toContain(name);
    for (const [label, title] of ITEMS) {
      expect(text).toContain(`${label}\n\n${title}`);
    }
  });
});
