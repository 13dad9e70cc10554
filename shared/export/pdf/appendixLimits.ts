/**
 * How much work one appendix PDF (bilaga) may cause. A real bilaga (a budget, a map, a scanned
 * letter) is far below each limit; a hostile one is refused before pdf-lib walks or copies it.
 */
export const APPENDIX_LIMITS = {
  /** File size; checked before the file is read. */
  bytes: 50 * 1024 * 1024,
  /** Indirect objects, counted in the raw bytes before parsing and again after. */
  objects: 100_000,
  /** Pages in one appendix. */
  pages: 2_000,
  /** Pages of all appendices together (adding a page costs more the more pages there are). */
  totalPages: 5_000,
  /** Nesting of the page tree (real files use 2–5 levels). */
  treeDepth: 64,
} as const;

export type AppendixLimits = { readonly [K in keyof typeof APPENDIX_LIMITS]: number };

/**
 * An upper estimate of the objects a PDF declares, from its bytes alone: "n g obj" headers plus
 * the /N of each object stream. Cheap (one pass), so a file with 200 000 objects is refused
 * before the parser builds them. Stops counting once past `limit`.
 */
export function countDeclaredObjects(bytes: Uint8Array, limit: number): number {
  // One character per byte; only ASCII matters here.
  const text = new TextDecoder('latin1').decode(bytes);
  const marker = /\d+\s+\d+\s+obj\b|\/Type\s*\/ObjStm\b/g;
  let count = 0;
  for (let m = marker.exec(text); m && count <= limit; m = marker.exec(text)) {
    if (m[0].endsWith('obj')) {
      count += 1;
      continue;
    }
    // The object stream's own dictionary: from its "<<" to its ">>".
    const start = text.lastIndexOf('<<', m.index);
    const end = text.indexOf('>>', m.index);
    const n = /\/N\s+(\d+)/.exec(text.slice(Math.max(0, start), end < 0 ? undefined : end));
    count += n ? Number(n[1]) : 0;
  }
  return count;
}
