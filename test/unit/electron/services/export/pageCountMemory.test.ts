import { describe, expect, it } from 'vitest';
import { createPageCountMemory } from '../../../../../electron/services/export/pageCountMemory';

const html = (chars: number) => `<head></head><body>${'x'.repeat(chars)}</body>`;

describe('remembered page counts of printed parts', () => {
  it('knows a printed part exactly, the same place of an edited document next, else estimates', () => {
    const memory = createPageCountMemory();
    memory.learn('part-v1', 'Protokoll KS\u0000first', html(30_000), 20);
    expect(memory.guess('part-v1', 'elsewhere', html(1))).toEqual({ pages: 20, exact: true });
    expect(memory.guess('part-v2', 'Protokoll KS\u0000first', html(31_000))).toEqual({
      pages: 20,
      exact: false,
    });
    // Estimated with the characters per page last seen (1500 here).
    expect(memory.guess('other', 'other place', html(15_000)).pages).toBe(10);
    expect(memory.guess('tiny', 'tiny place', '').pages).toBe(1);
  });
});
