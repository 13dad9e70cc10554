import { describe, expect, it } from 'vitest';
import { findMatches, replaceAll } from '../../../../shared/protocol/findReplace';
import { plainText } from '../../../../shared/protocol/richTextHelpers';
import { loadFixture } from '../../../fixtures/loadFixture';

describe('find and replace across the protokoll', () => {
  it('finds in the attendance, titles, texts and decisions, case ignored, in document order', () => {
    const p = loadFixture();
    const matches = findMatches(p, 'JOHANNES SUNDELIN');
    const kinds = matches.map((m) => `${m.location.kind}:${m.location.field}`);
    expect(kinds[0]).toBe('person:name');
    expect(kinds).toContain('item:decision.attSatser[0]');
    expect(findMatches(p, '')).toEqual([]);
  });

  it('replaces everywhere at once, literally, and counts', () => {
    const p = loadFixture();
    const before = findMatches(p, 'Sundelin').reduce((n, m) => n + m.count, 0);
    const { protocol, count } = replaceAll(p, 'Sundelin', 'Sundelin-$1 (.*)');
    expect(count).toBe(before);
    expect(findMatches(protocol, 'Sundelin-$1 (.*)').reduce((n, m) => n + m.count, 0)).toBe(count);
    expect(findMatches(protocol, 'Sundelin ').length).toBe(0);
    expect(JSON.stringify(protocol)).toContain('Johannes Sundelin-$1 (.*)');
  });

  it('replaces inside the formatted text without losing its marks', () => {
    const p = loadFixture();
    const item = p.items.find((i) => plainText(i.body).includes('Region'))!;
    const { protocol } = replaceAll(p, 'Region', 'Regionen');
    const after = protocol.items.find((i) => i.id === item.id)!;
    expect(plainText(after.body)).toBe(plainText(item.body).replaceAll('Region', 'Regionen'));
    expect(after.body.length).toBe(item.body.length);
  });

  it('never empties a name, and changes nothing when nothing matches', () => {
    const p = loadFixture();
    const name = p.attendance.people[0]!.name;
    expect(replaceAll(p, name, '').protocol.attendance.people[0]!.name).toBe(name);
    expect(replaceAll(p, 'finns-inte-någonstans', 'x').protocol).toBe(p);
  });
});
