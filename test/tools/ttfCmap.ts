/**
 * The code points a TrueType font maps to a glyph, read from its cmap table (formats 4 and 12),
 * for checking the shipped font's coverage list against the font files.
 */
import { readFileSync } from 'node:fs';

function tableOffset(font: Buffer, tag: string): number {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) === tag) return font.readUInt32BE(rec + 8);
  }
  throw new Error(`font has no ${tag} table`);
}

function format4(font: Buffer, at: number, out: Set<number>): void {
  const segs = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readInt16BE(deltas + s * 2);
    const ro = font.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = font.readUInt16BE(rangeOffsets + s * 2 + ro + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function format12(font: Buffer, at: number, out: Set<number>): void {
  const groups = font.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12;
    const start = font.readUInt32BE(rec);
    const end = font.readUInt32BE(rec + 4);
    const glyph = font.readUInt32BE(rec + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
  }
}

/** Every code point the font file draws with a real glyph (not .notdef). */
export function fontCodePoints(path: string): Set<number> {
  const font = readFileSync(path);
  const cmap = tableOffset(font, 'cmap');
  const out = new Set<number>();
  const count = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(rec);
    const encoding = font.readUInt16BE(rec + 2);
    const sub = cmap + font.readUInt32BE(rec + 4);
    const format = font.readUInt16BE(sub);
    // Unicode subtables only: Windows BMP (3,1) or full (3,10), and platform 0.
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    if (format === 4) format4(font, sub, out);
    else if (format === 12) format12(font, sub, out);
  }
  return out;
}

/** Sorted [first, last] ranges of a set of code points. */
export function toRanges(points: Iterable<number>): [number, number][] {
  const sorted = [...points].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const p of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else ranges.push([p, p]);
  }
  return ranges;
}
