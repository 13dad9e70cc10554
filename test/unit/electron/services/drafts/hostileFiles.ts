import { seededRandom } from '../../../../generate/random';
import { serializeProtocol } from '../../../../../shared/protocol/parse';
import type { Protocol } from '../../../../../shared/protocol/protocol';

export interface HostileFile {
  name: string;
  kind: string;
  /** Content, or a size for a sparse file too large to be a protokoll. */
  content: Buffer | { sparseBytes: number };
}

const WRONG_VALUES: unknown[] = [null, 42, -1, 'text', [], {}, true, 1e308, '../../x', ''];
const PATH_IDS = [
  '../../x',
  '..',
  '/etc/passwd',
  'C:\\Windows\\x',
  'a/b',
  '%2e%2e%2fx',
  'x\u0000y',
  '',
];

/** Sets a random leaf or branch of a JSON value to `value`. */
function mutate(value: unknown, random: () => number, replacement: unknown): unknown {
  if (typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0 || random() < 0.15) return replacement;
  const key = keys[Math.floor(random() * keys.length)]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...value };
  (copy as Record<string, unknown>)[key] = mutate(
    (value as Record<string, unknown>)[key],
    random,
    replacement,
  );
  return copy;
}

/** `count` malformed or hostile .protokoll files, reproducible from the seed. */
export function hostileFiles(valid: Protocol, count: number, seed: number): HostileFile[] {
  const random = seededRandom(seed);
  const text = serializeProtocol(valid);
  const out: HostileFile[] = [];
  const makers: [string, () => Buffer | { sparseBytes: number }][] = [
    ['truncated', () => Buffer.from(text.slice(0, Math.floor(random() * text.length)))],
    [
      'wrong-type',
      () => {
        const v = WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)];
        return Buffer.from(JSON.stringify(mutate(valid, random, v)));
      },
    ],
    [
      'binary',
      () =>
        Buffer.from(
          Array.from({ length: 1 + Math.floor(random() * 4096) }, () => Math.floor(random() * 256)),
        ),
    ],
    [
      'proto-key',
      () => {
        const key = ['__proto__', 'constructor', 'prototype'][Math.floor(random() * 3)]!;
        const at = text.indexOf('{', Math.floor(random() * text.length));
        const pos = at < 0 ? 0 : at;
        return Buffer.from(
          `${text.slice(0, pos + 1)}"${key}":{"polluted":true},${text.slice(pos + 1)}`,
        );
      },
    ],
    [
      'path-id',
      () => {
        const id = PATH_IDS[Math.floor(random() * PATH_IDS.length)];
        return Buffer.from(JSON.stringify({ ...valid, id }));
      },
    ],
    ['not-protocol', () => Buffer.from(JSON.stringify([{ schemaVersion: 1 }, 'x', random()]))],
    [
      'newer-version',
      () =>
        Buffer.from(JSON.stringify({ ...valid, schemaVersion: 3 + Math.floor(random() * 1000) })),
    ],
    ['deep-nesting', () => Buffer.from('['.repeat(10_000 + Math.floor(random() * 100_000)))],
    ['long-strings', () => Buffer.from(JSON.stringify(mutate(valid, random, 'å'.repeat(200_000))))],
    ['empty', () => Buffer.from(random() < 0.5 ? '' : '\uFEFF')],
  ];
  for (let i = 0; i < count; i++) {
    const [kind, make] =
      i % 100 === 99
        ? ['huge', () => ({ sparseBytes: 25 * 1024 * 1024 })]
        : makers[i % makers.length]!;
    out.push({ name: `${String(i).padStart(4, '0')}-${kind}.protokoll`, kind, content: make() });
  }
  return out;
}
