import { seededRandom } from '../../../../generate/random';

const STRINGS = [
  '',
  '../../x',
  '..\\..\\x',
  '/etc/passwd',
  '__proto__',
  'constructor',
  'a'.repeat(5000),
  'kommunal-namnd',
  'draft-1',
  '\u0000',
  'åäö',
  'app://paragraf/',
];
const KEYS = [
  '__proto__',
  'constructor',
  'id',
  'protocol',
  'templateId',
  'body',
  'versionId',
  'authorName',
  'openAfter',
  'x',
];

/** Random JSON-like values, some of them near-valid variants of `valid`. */
export function randomPayloads(valid: readonly unknown[], count: number, seed: number): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  function anyValue(depth: number): unknown {
    const r = random();
    if (depth > 3 || r < 0.15)
      return pick<unknown>([
        undefined,
        null,
        true,
        false,
        0,
        -1,
        1.5,
        NaN,
        1e308,
        Number.MAX_SAFE_INTEGER + 2,
      ]);
    if (r < 0.45) return pick(STRINGS);
    if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => anyValue(depth + 1));
    const obj: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 4); i > 0; i--) {
      Object.defineProperty(obj, pick(KEYS), {
        value: anyValue(depth + 1),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return obj;
  }
  function mutate(value: unknown, depth: number): unknown {
    if (typeof value !== 'object' || value === null || depth > 6 || random() < 0.2)
      return anyValue(3);
    const keys = Object.keys(value);
    if (keys.length === 0) return anyValue(3);
    const key = pick(keys);
    const copy: Record<string, unknown> = Array.isArray(value)
      ? ([...value] as unknown as Record<string, unknown>)
      : { ...value };
    copy[key] = mutate((value as Record<string, unknown>)[key], depth + 1);
    return copy;
  }
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 && valid.length > 0 ? mutate(pick(valid), 0) : anyValue(0),
  );
}
