import { describe, expect, it } from 'vitest';
import { parseRegisterText } from '../../../../electron/services/registers/readRegister';
import { MAX_REGISTER_FILE_BYTES } from '../../../../electron/services/registers/readRegister';
import { emptyRegister } from '../../../../shared/register/registerSchema';
import { BUILT_IN_TEMPLATES } from '../../../../shared/template/builtInTemplates';
import { MAX_TEMPLATE_BYTES, parseTemplateText } from '../../../../shared/template/parseTemplate';
import { seededRandom } from '../../../generate/random';

/** JSON nested `depth` levels in a seeded mix of arrays and objects, around a string. */
function deepJson(seed: number, depth: number): string {
  const random = seededRandom(seed);
  const kinds = Array.from({ length: depth }, () => random() < 0.5);
  return `${kinds.map((array) => (array ? '[' : '{"k":')).join('')}"x\\u0001"${kinds
    .reverse()
    .map((array) => (array ? ']' : '}'))
    .join('')}`;
}

/** The JSON text of `base` with the deep value put at each top-level key and under a new one. */
function withDeepValues(base: object, deep: string): string[] {
  const marker = '"@@DEEP@@"';
  return [...Object.keys(base), 'unknown'].map((key) =>
    JSON.stringify({ ...base, [key]: '@@DEEP@@' }).replace(marker, deep),
  );
}

const register = {
  ...emptyRegister('Socialnämnden', new Date('2025-01-01T00:00:00Z')),
  people: [{ id: 'a', name: 'Anna Öhman', kind: 'ledamot' }],
};

describe('JSON nested far deeper than any register or template', () => {
  it.each([1, 2, 3])('is refused as a damaged register, not a crash (seed %i)', (seed) => {
    const deep = deepJson(seed, 100_000);
    for (const text of withDeepValues(register, deep)) {
      expect(text.length).toBeLessThan(MAX_REGISTER_FILE_BYTES);
      expect(() => parseRegisterText(text, 'deep')).toThrow(
        expect.objectContaining({ code: 'register-damaged' }),
      );
    }
  });

  it.each([1, 2, 3])('is refused as a template with a message (seed %i)', (seed) => {
    const deep = deepJson(seed, 100_000);
    for (const text of withDeepValues(BUILT_IN_TEMPLATES[0]!, deep)) {
      expect(text.length).toBeLessThan(MAX_TEMPLATE_BYTES);
      const parsed = parseTemplateText(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.sv).toMatch(/Mall/);
    }
  });
});
