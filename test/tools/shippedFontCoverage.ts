import { fileURLToPath } from 'node:url';
import { fontCodePoints, toRanges } from './ttfCmap';

const FONT_DIR = fileURLToPath(new URL('../../renderer/assets/fonts/', import.meta.url));
const FACES = ['Regular', 'Bold', 'Italic', 'BoldItalic'];

/** The code points all four shipped faces draw, as ranges: what any run of text can use. */
export function shippedFontCoverage(): [number, number][] {
  const sets = FACES.map((f) => fontCodePoints(`${FONT_DIR}LiberationSans-${f}.ttf`));
  return toRanges([...sets[0]!].filter((c) => sets.every((s) => s.has(c))));
}
