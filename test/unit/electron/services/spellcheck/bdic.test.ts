import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BDIC_MAJOR_VERSION,
  bdicDigestMatches,
  bdicHasWord,
  readBdicHeader,
} from '../../../../../electron/services/spellcheck/bdic';
import {
  convertDictionary,
  SWEDISH_BDIC,
} from '../../../../../electron/services/spellcheck/convertDictionary';

const DIC = new URL('../../../../../renderer/public/dictionaries/sv_SE.dic', import.meta.url);

let dir: string;
let bdic: Uint8Array;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-bdic-'));
  const out = join(dir, SWEDISH_BDIC);
  convertDictionary(fileURLToPath(DIC), out);
  bdic = new Uint8Array(readFileSync(out));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The stems of the shipped .dic (the first line is the count). */
function stems(): string[] {
  return readFileSync(DIC, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter(Boolean);
}

describe('the Swedish dictionary as Electron loads it (.bdic)', () => {
  it('has the header Chromium checks: signature, version 2, offsets, and an MD5 that matches', () => {
    const header = readBdicHeader(bdic);
    expect(header.majorVersion).toBe(BDIC_MAJOR_VERSION);
    expect(header.dicOffset).toBeGreaterThan(header.affOffset);
    expect(bdicDigestMatches(bdic)).toBe(true);
    // One changed byte anywhere is caught, as Chromium would refuse the file.
    const tampered = bdic.slice();
    tampered[tampered.length >> 1]! ^= 0x01;
    expect(bdicDigestMatches(tampered)).toBe(false);
    const unsigned = bdic.slice();
    unsigned[0] = 0x58;
    expect(() => readBdicHeader(unsigned)).toThrow(/signature/);
  });

  it('holds every word of the .dic in its trie, the words of a protokoll among them', () => {
    const all = stems();
    expect(all.length).toBeGreaterThan(100_000);
    expect(all.filter((w) => !bdicHasWord(bdic, w))).toEqual([]);
    for (const word of [
      'protokoll',
      'sammanträde',
      'beslut',
      'protokollsanteckning',
      'ordförande',
    ]) {
      expect(bdicHasWord(bdic, word)).toBe(true);
    }
  });

  it('does not hold what is not a word of the .dic', () => {
    const known = new Set(stems());
    const made = ['protokolll', 'sammantrde', 'xyzzy', 'beslutt', 'ordförandeö', '', 'Ö'];
    for (const word of made.filter((w) => !known.has(w))) {
      expect(bdicHasWord(bdic, word)).toBe(false);
    }
  });
});
