import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NORRBOTTEN_FIXTURE } from '../../../fixtures/loadFixture';

/** A damaged input, the loader error code it must give and words its message must contain. */
export interface BadInput {
  name: string;
  write(path: string): void;
  code: string;
  message: RegExp;
}

const fixtureText = () => readFileSync(NORRBOTTEN_FIXTURE, 'utf8');

function withChange(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(fixtureText()) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc, null, 2);
}

export const BAD_INPUTS: BadInput[] = [
  {
    name: 'a truncated file',
    write: (p) => writeFileSync(p, fixtureText().slice(0, 4000)),
    code: 'not-json',
    message: /not valid JSON/,
  },
  {
    name: 'wrong types',
    write: (p) =>
      writeFileSync(
        p,
        withChange((d) => {
          (d.items as Array<Record<string, unknown>>)[3]!.title = 42;
        }),
      ),
    code: 'invalid',
    message: /items\[3\]\.title/,
  },
  {
    name: 'a newer schemaVersion',
    write: (p) =>
      writeFileSync(
        p,
        withChange((d) => (d.schemaVersion = 99)),
      ),
    code: 'newer-version',
    message: /created by a newer version of Paragraf/,
  },
  {
    name: 'a 50 MB file',
    write: (p) => writeFileSync(p, Buffer.alloc(50 * 1024 * 1024, 0x20)),
    code: 'too-large',
    message: /too large \(50 MB/,
  },
  {
    name: 'a __proto__ key',
    write: (p) =>
      writeFileSync(p, fixtureText().replace('{', '{\n  "__proto__": { "polluted": true },')),
    code: 'forbidden-key',
    message: /forbidden key "__proto__"/,
  },
  {
    name: 'a constructor key',
    write: (p) =>
      writeFileSync(
        p,
        fixtureText().replace(
          '"meeting": {',
          '"meeting": {\n "constructor": { "prototype": { "polluted": true } },',
        ),
      ),
    code: 'forbidden-key',
    message: /forbidden key "(constructor|prototype)"/,
  },
  {
    name: 'a text file that is not JSON',
    write: (p) => writeFileSync(p, 'Protokoll\nSammanträdesdatum 2020-12-16\n'),
    code: 'not-json',
    message: /not valid JSON/,
  },
  {
    name: 'a binary file',
    write: (p) =>
      writeFileSync(p, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x01, 0x80])),
    code: 'binary',
    message: /binary/,
  },
];

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'paragraf-cli-'));
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
