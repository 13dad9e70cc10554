import { describe, expect, it } from 'vitest';
import { importWordBytes } from '../../../../../electron/services/wordImport/importWordFile';
import { personName } from '../../../../../shared/protocol/personText';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { blockText } from '../../../../../shared/protocol/richTextHelpers';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { essentials } from './roundTripProtocols';
import { buildZip, documentXml } from './zipBuilder';

/**
 * The protokoll as a PDF converted to Word leaves it: one plain paragraph per line, no bold, no
 * styles; page headers repeated in the body, an agenda numbered "1." without §, sub-groups as
 * plain lines, officials wrapped after a comma, "beslutar att …" on one line, signatures as
 * "name | role".
 */
function pdfLikeLines(p: Protocol): string[] {
  const furniture = ['Protokoll', p.meeting.body, 'Sammanträdesdatum', p.meeting.date];
  const lines = [...furniture, 'Sida 1 av 12', 'PLATS', p.meeting.place, 'BESLUTANDE'];
  const byGroup = (id: string) => p.attendance.people.filter((x) => x.groupId === id);
  for (const sub of p.attendance.groups[0]!.subgroups) {
    lines.push(
      sub,
      ...byGroup('beslutande')
        .filter((x) => x.subgroup === sub)
        .map((x) => personName(p, x)),
    );
  }
  lines.push('ÖVRIGA DELTAGARE');
  for (const x of byGroup('ovriga')) {
    const [name, ...rest] = personName(p, x).split(', ');
    lines.push(
      rest.length > 1 ? `${name}, ${rest[0]},` : personName(p, x),
      ...(rest.length > 1 ? rest.slice(1) : []),
    );
  }
  lines.push(
    'UNDERSKRIFTER § 46 - § 55',
    'Ulrika Larsson | Sekreterare',
    'Beatrice Öhman | Ordförande',
  );
  lines.push(
    'Johannes Sundelin | Justerare § 46 - § 55',
    ...furniture,
    'Sida 2 av 12',
    'Utsänd dagordning',
    'Upprop',
  );
  p.items.forEach((item, i) => lines.push(`${i + 1}. ${item.title}`));
  p.items.forEach((item, i) => {
    lines.push(...furniture, `Sida ${i + 3} av 12`, `§ ${46 + i}`, item.title);
    lines.push(...item.body.map(blockText));
    if (item.decision) {
      const [first, ...more] = item.decision.attSatser;
      lines.push('Beslut', `${item.decision.intro} ${first}`, ...more);
    }
  });
  return lines;
}

describe('a protokoll converted from PDF to plain paragraphs', () => {
  it('recovers every person, item and att-sats of the Norrbotten protokoll', () => {
    const fixture = loadFixture();
    const lines = pdfLikeLines(fixture);
    const { protocol, report } = importWordBytes(
      buildZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(lines)) }]),
    );
    expect(essentials(protocol)).toEqual(essentials(fixture));
    expect(protocol.items[0]!.decision?.intro).toBe(fixture.items[0]!.decision?.intro);
    expect(protocol.attendance.groups[0]!.subgroups).toEqual(
      fixture.attendance.groups[0]!.subgroups,
    );
    // The repeated page headers are not item text; nothing else was left over.
    expect(JSON.stringify(protocol.items)).not.toContain('Sida ');
    expect(report.unrecognised.map((n) => n.en)).toEqual([]);
  });
});
