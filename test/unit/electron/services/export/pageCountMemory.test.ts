import { describe, expect, it } from 'vitest';
import { createPageCountMemory } from '../../../../../electron/services/export/pageCountMemory';

describe('remembered page counts of printed parts', () => {
  it('knows a printed part exactly, else the same place of an edited document, else nothing', () => {
    const memory = createPageCountMemory();
    memory.learn('part-v1', 'Protokoll KS\u0000first', 20);
    expect(memory.guess('part-v1', 'elsewhere')).toBe(20);
    expect(memory.guess('part-v2', 'Protokoll KS\u0000first')).toBe(20);
    expect(memory.guess('other', 'other place')).toBeUndefined();
    memory.learn('part-v2', 'Protokoll KS\u0000first', 21);
    expect(memory.guess('part-v1', 'Protokoll KS\u0000first')).toBe(20);
    expect(memory.guess('part-v3', 'Protokoll KS\u0000first')).toBe(21);
  });

  it('forgets the oldest entries first', () => {
    const memory = createPageCountMemory();
    for (let i = 0; i < 300; i++) memory.learn(`key ${i}`, `place ${i}`, i + 1);
    expect(memory.guess('key 0', 'place 0')).toBeUndefined();
    expect(memory.guess('key 299', 'place 299')).toBe(300);
  });
});
