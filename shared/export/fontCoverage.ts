import { SHIPPED_FONT_RANGES } from './fontCoverage.generated';

/** Characters the layout handles without a glyph: tab and line breaks. */
const LAYOUT_CONTROLS = new Set([0x9, 0xa, 0xd]);
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
/** Latin text with Swedish letters, all in the font: most strings, checked in one step. */
const COMMON_TEXT = /^[\t\n\r\x20-\x7e\xa0-\xff\u2013\u2014\u2019\u201d]*$/;

/** What the PDF prints for a character the shipped font cannot draw. */
export const UNDRAWABLE_REPLACEMENT = '?';

function inShippedFont(cp: number): boolean {
  let lo = 0;
  let hi = SHIPPED_FONT_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = SHIPPED_FONT_RANGES[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The characters of a text that the shipped font (Liberation Sans) cannot draw, each once, in
 * order. Invisible format characters (zero-width joiners, BOM) do not count: they draw nothing.
 */
export function undrawableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (inShippedFont(cp) || LAYOUT_CONTROLS.has(cp) || INVISIBLE.test(ch)) continue;
    found.add(ch);
  }
  return [...found];
}

/**
 * The text as the PDF prints it: a character the shipped font lacks becomes "?" and an invisible
 * one is dropped, so the browser never draws a box or takes a glyph from a font of the machine.
 */
export function drawableText(text: string): string {
  if (COMMON_TEXT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (inShippedFont(cp) || LAYOUT_CONTROLS.has(cp)) out += ch;
    else if (!INVISIBLE.test(ch)) out += UNDRAWABLE_REPLACEMENT;
  }
  return out;
}
