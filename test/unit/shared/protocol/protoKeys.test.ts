import { describe, expect, it } from 'vitest';
import { parseRegisterText } from '../../../../electron/services/registers/readRegister';
import { mapStrings } from '../../../../shared/protocol/forbiddenCharacters';
import { emptyRegister } from '../../../../shared/register/registerSchema';
import { BUILT_IN_TEMPLATES } from '../../../../shared/template/builtInTemplates';
import { parseTemplateText } from '../../../../shared/template/parseTemplate';
import { MEMBER_LIST_HEADER, memberListRows } from '../../../generate/memberList';

/** The JSON text of `value` once per object in it, with that object's fields under "__proto__". */
function hiddenUnderProto(value: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, replace: (v: unknown) => unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) =>
        walk(child, (v) => replace(node.map((c, j) => (j === i ? v : c)))),
      );
    } else if (node !== null && typeof node === 'object') {
      const hidden = JSON.stringify(replace({ ['__proto__']: '@@HIDDEN@@' }));
      out.push(hidden.replace('"@@HIDDEN@@"', JSON.stringify(node)));
      for (const [key, child] of Object.entries(node)) {
        walk(child, (v) => replace({ ...node, [key]: v }));
      }
    }
  };
  walk(value, (v) => v);
  return out;
}

const register = {
  ...emptyRegister('Socialnämnden', new Date('2025-01-01T00:00:00Z')),
  people: memberListRows()
    .slice(0, 3)
    .map((row, i) => ({
      id: `m${i}`,
      name: row[MEMBER_LIST_HEADER.indexOf('Namn')] ?? `N ${i}`,
      kind: 'ledamot',
    })),
};

describe('fields hidden under a "__proto__" key in a file from a stranger', () => {
  it('stay a key when strings are cleaned, never the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"body": "x"}, "a": {"__proto__": ["y"]}}') as object;
    const copy = mapStrings(parsed, (s) => s.toUpperCase()) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ body: 'X' });
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
  });

  it('refuse a member register, wherever the object is', () => {
    expect(parseRegisterText(JSON.stringify(register), 'ok').people).toHaveLength(3);
    const cases = hiddenUnderProto(register);
    expect(cases.every((c) => c.includes('"__proto__":{'))).toBe(true);
    expect(cases.length).toBeGreaterThan(3);
    for (const text of cases) {
      expect(() => parseRegisterText(text, 'hidden'), text.slice(0, 80)).toThrow(
        expect.objectContaining({ code: 'register-damaged' }),
      );
    }
  });

  it('refuse an own template, wherever the object is', () => {
    const template = BUILT_IN_TEMPLATES[0]!;
    expect(parseTemplateText(JSON.stringify(template)).ok).toBe(true);
    const cases = hiddenUnderProto(template);
    expect(cases.length).toBeGreaterThan(5);
    for (const text of cases) expect(parseTemplateText(text).ok, text.slice(0, 80)).toBe(false);
  });
});
