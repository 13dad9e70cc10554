import { describe, expect, it } from 'vitest';
import { validateProtocol } from '../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../fixtures/loadFixture';

/** The warnings of the valid fixture with one item's time slot set. */
function warningsForSlot(slot: string) {
  const p = loadFixture();
  p.items[2]!.timeSlot = slot;
  return { warnings: validateProtocol(p), itemId: p.items[2]!.id };
}

describe('time slot rule', () => {
  it.each(['', '10:15-10:45', '10:15 – 10:45', ' 08:00 - 09:30 '])('accepts "%s"', (slot) => {
    expect(warningsForSlot(slot).warnings).toEqual([]);
  });

  it.each(['10.15-10.45', '10:15', '1015-1045', 'förmiddag'])(
    'warns softly about "%s", pointing at the item',
    (slot) => {
      const { warnings, itemId } = warningsForSlot(slot);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.code).toBe('item-time-slot-format');
      expect(warnings[0]!.location).toEqual({ kind: 'item', id: itemId, field: 'timeSlot' });
      expect(warnings[0]!.sv).toMatch(/^Tiden för § 48 .* ska skrivas TT:MM-TT:MM/);
    },
  );

  it.each([
    ['25:00-26:00', '25:00'],
    ['10:15-10:75', '10:75'],
  ])('names the time in "%s" that does not exist', (slot, impossible) => {
    const { warnings } = warningsForSlot(slot);
    expect(warnings.map((w) => w.code)).toEqual(['item-time-slot-format']);
    expect(warnings[0]!.sv).toBe(
      `Tiden för § 48 Föregående mötesprotokoll: ${impossible} finns inte.`,
    );
  });

  it('warns when the slot ends before it starts', () => {
    const { warnings } = warningsForSlot('10:45-10:15');
    expect(warnings.map((w) => w.code)).toEqual(['item-time-slot-order']);
    expect(warnings[0]!.sv).toContain('slutar innan den börjar (10:45-10:15)');
  });
});
