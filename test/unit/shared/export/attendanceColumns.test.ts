import { describe, expect, it } from 'vitest';
import { attendanceNameShare, NAME_SHARES } from '../../../../shared/export/attendanceColumns';
import type { AttendanceBlock } from '../../../../shared/print/printDocument';

const block = (...details: string[]): AttendanceBlock => ({
  kind: 'attendance',
  heading: 'Beslutande',
  sections: [{ rows: details.map((detail, i) => ({ name: `Person ${i}`, detail })) }],
});

describe('attendanceNameShare', () => {
  it('keeps three quarters for names when nobody was partly present', () => {
    expect(attendanceNameShare(block('', ''))).toBe(0.75);
  });

  it('gives a partial-presence detail room to stay on one line', () => {
    const share = attendanceNameShare(block('', 'deltog till och med § 10'));
    expect(share).toBeLessThan(0.75);
    // 24 characters of 11 pt text need about 55 mm of the 160 mm column.
    expect((1 - share) * 160).toBeGreaterThan(24 * 2.1);
  });

  it('never leaves names less than half, and only returns shares the style sheet has', () => {
    for (let n = 0; n < 300; n += 7) {
      const share = attendanceNameShare(block('x'.repeat(n)));
      expect(share).toBeGreaterThanOrEqual(0.5);
      expect(NAME_SHARES).toContain(Math.round(share * 100));
    }
  });
});
