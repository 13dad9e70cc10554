import { createHash } from 'node:crypto';

// Reads Chromium's binary Hunspell dictionary (.bdic), the only form Electron's spell checker
// loads on Windows and Linux: enough to check that a file we ship is whole and holds the words.
// Layout (little endian): "BDic", major and minor version (2 × 16 bits), offsets of the affix
// data and of the word trie (2 × 32 bits), then the MD5 of everything after this 32-byte header.

const SIGNATURE = 'BDic';
const HEADER_SIZE = 32;
/** The format version Chromium (and so Electron) reads. */
export const BDIC_MAJOR_VERSION = 2;

export interface BdicHeader {
  majorVersion: number;
  minorVersion: number;
  affOffset: number;
  dicOffset: number;
  /** MD5 of the affix data and the word trie, as written in the header (hex). */
  digest: string;
}

/** The header of a .bdic; throws with an English message naming what is wrong. */
export function readBdicHeader(data: Uint8Array): BdicHeader {
  if (data.length <= HEADER_SIZE) throw new Error('not a .bdic dictionary: too short');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const signature = new TextDecoder('latin1').decode(data.subarray(0, 4));
  if (signature !== SIGNATURE) throw new Error('not a .bdic dictionary: no BDic signature');
  const header: BdicHeader = {
    majorVersion: view.getUint16(4, true),
    minorVersion: view.getUint16(6, true),
    affOffset: view.getUint32(8, true),
    dicOffset: view.getUint32(12, true),
    digest: Buffer.from(data.subarray(16, HEADER_SIZE)).toString('hex'),
  };
  if (header.majorVersion !== BDIC_MAJOR_VERSION) {
    throw new Error(`unsupported .bdic version ${header.majorVersion}`);
  }
  const inside = (o: number) => o >= HEADER_SIZE && o < data.length;
  if (
    !inside(header.affOffset) ||
    !inside(header.dicOffset) ||
    header.dicOffset < header.affOffset
  ) {
    throw new Error('broken .bdic dictionary: section offsets outside the file');
  }
  return header;
}

/** Whether the MD5 in the header matches the data (Chromium refuses the file otherwise). */
export function bdicDigestMatches(data: Uint8Array): boolean {
  const { digest } = readBdicHeader(data);
  return createHash('md5').update(data.subarray(HEADER_SIZE)).digest('hex') === digest;
}

/**
 * Whether a word (a stem of the .dic, before affixes) is in the dictionary's trie. The trie is
 * walked byte by byte over the word's UTF-8, a 0 byte standing for the end of the word; its
 * nodes are leaves (the end, maybe with the rest of the word inline), lookup tables and lists.
 */
export function bdicHasWord(data: Uint8Array, word: string): boolean {
  const { dicOffset } = readBdicHeader(data);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const bytes = new TextEncoder().encode(word);
  let pos = dicOffset;
  let i = 0;
  // Each step moves to a child; a trie deeper than the word plus its end cannot be valid.
  for (let steps = 0; steps <= bytes.length + 1; steps++) {
    if (pos < dicOffset || pos >= data.length) return false;
    const id = data[pos]!;
    const c = i < bytes.length ? bytes[i]! : 0;
    if ((id & 0x80) === 0) return leafMatches(data, pos, bytes, i);
    if ((id & 0xfc) === 0xc0) {
      const has0th = (id & 0x01) !== 0;
      const wide = (id & 0x02) !== 0;
      const first = data[pos + 1]!;
      const size = data[pos + 2]!;
      const entry = (k: number) => {
        const at = pos + 3 + k * (wide ? 4 : 2);
        const offset = wide ? view.getUint32(at, true) : view.getUint16(at, true);
        if (offset === 0) return -1;
        // 32-bit addresses count from the start of the file, 16-bit ones from this node.
        return wide ? offset : pos + offset;
      };
      let next = -1;
      if (c === 0 && has0th) next = entry(0);
      else if (c >= first && c < first + size) next = entry(c - first + (has0th ? 1 : 0));
      if (next < 0) return false;
      pos = next;
    } else if ((id & 0xe0) === 0xe0) {
      const wide = (id & 0xf0) === 0xf0;
      const count = id & 0x0f;
      const pairSize = wide ? 3 : 2;
      const end = pos + 1 + count * pairSize;
      let next = -1;
      for (let k = 0; k < count; k++) {
        const at = pos + 1 + k * pairSize;
        if (data[at] !== c) continue;
        next = end + (wide ? view.getUint16(at + 1, true) : data[at + 1]!);
        break;
      }
      if (next < 0) return false;
      pos = next;
    } else {
      return false;
    }
    if (c === 0) {
      // Past the end of the word only a leaf may follow.
      return (data[pos]! & 0x80) === 0 && leafMatches(data, pos, bytes, i);
    }
    i++;
  }
  return false;
}

/** A leaf ends the word: exactly here, or after the NUL-terminated rest it carries inline. */
function leafMatches(data: Uint8Array, pos: number, word: Uint8Array, i: number): boolean {
  if ((data[pos]! & 0xc0) !== 0x40) return i === word.length;
  let at = pos + 2;
  for (let k = i; k < word.length; k++, at++) if (data[at] !== word[k]) return false;
  return data[at] === 0;
}
