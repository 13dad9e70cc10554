import { describe, expect, it } from 'vitest';
import { protocolSchema } from '../../../../shared/protocol/protocol';
import { generateLargeProtocol } from '../../../generate/largeProtocol';

describe('generateLargeProtocol', () => {
  it('makes 150 valid items and 60 people by default, the same every time', () => {
    const p = generateLargeProtocol();
    expect(protocolSchema.safeParse(p).success).toBe(true);
    expect(p.items).toHaveLength(150);
    expect(p.attendance.people).toHaveLength(60);
    expect(JSON.stringify(generateLargeProtocol())).toBe(JSON.stringify(p));
    expect(JSON.stringify(generateLargeProtocol({ seed: 2 }))).not.toBe(JSON.stringify(p));
  });

  it('contains the features exporters must print', () => {
    const p = generateLargeProtocol();
    expect(p.items.some((i) => i.votes.some((v) => v.ballots.length > 0))).toBe(true);
    expect(p.items.some((i) => i.reservations.length > 0)).toBe(true);
    expect(p.items.some((i) => i.notes.length > 0)).toBe(true);
    expect(p.attendance.events.some((e) => e.type === 'absent' && e.jav)).toBe(true);
    expect(p.items.some((i) => i.inserted)).toBe(true);
    expect(p.items.some((i) => i.body.some((b) => b.type === 'bulleted-list'))).toBe(true);
    expect(
      p.items.some((i) =>
        i.body.some((b) => b.type === 'paragraph' && b.children.some((c) => c.bold)),
      ),
    ).toBe(true);
    expect(new Set(p.attendance.people.map((x) => x.name)).size).toBe(60);
  });

  it('honours smaller sizes', () => {
    const p = generateLargeProtocol({ items: 10, people: 12 });
    expect(p.items).toHaveLength(10);
    expect(p.attendance.people).toHaveLength(12);
    expect(protocolSchema.safeParse(p).success).toBe(true);
  });
});
