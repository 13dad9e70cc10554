import { describe, expect, it } from 'vitest';
import { formatRange, RANGE_DASH } from '../../../../shared/print/formatRange';
import { buildPrintModel, type SignatureBlock } from '../../../../shared/print';
import { itemRangeText } from '../../../../shared/protocol/numbering';
import { loadFixture } from '../../../fixtures/loadFixture';

describe('one way to write an item range', () => {
  // Every pair of ends 1-30 with and without a letter, in both numbering styles.
  const ends = Array.from({ length: 30 }, (_, i) => i + 1).flatMap((n) => [
    { number: n },
    { number: n, letter: 'a' },
  ]);
  it('the sign once, an en dash without spaces, never "-" or "§ … - §"', () => {
    for (const from of ends) {
      for (const to of ends) {
        for (const style of ['paragraph', 'plain'] as const) {
          const text = formatRange(from, to, { style, sign: '§' });
          expect(text).not.toMatch(/ - |-|–§|– | –/);
          expect(text.split('§').length - 1).toBe(style === 'paragraph' ? 1 : 0);
          const same = from.number === to.number && from.letter === to.letter;
          expect(text.includes(RANGE_DASH)).toBe(!same);
        }
      }
    }
    expect(formatRange({ number: 23 }, { number: 28 }, { style: 'paragraph' })).toBe('§ 23–28');
    expect(formatRange({ number: 17, letter: 'a' }, { number: 20 }, { style: 'paragraph' })).toBe(
      '§ 17 a–20',
    );
    expect(formatRange({ number: 1 }, { number: 15 }, { style: 'plain' })).toBe('1–15');
    expect(formatRange({ number: 4 }, { number: 4 }, { style: 'paragraph' })).toBe('§ 4');
  });

  it('the print model signs "§ 46–55" and prints no name | role pipes', () => {
    const p = loadFixture();
    expect(itemRangeText(p)).toBe('§ 46–55');
    const signatures = buildPrintModel(p).blocks.find(
      (b): b is SignatureBlock => b.kind === 'signatures',
    )!;
    expect(signatures.range).toBe('§ 46–55');
    for (const s of signatures.signers) expect(s.range).toMatch(/^(§ \d+(–\d+)?)?$/);
  });
});
