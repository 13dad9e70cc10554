import type { TextLeaf } from '../../shared/protocol/richText';

/** The marks a pasted run can carry; `false` switches off a mark inherited from a parent. */
export interface MarkState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export const NO_MARKS: MarkState = { bold: false, italic: false, underline: false };

/** Inline `style` declarations by exact property name (so `mso-bidi-font-weight` ≠ `font-weight`). */
export function styleDeclarations(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  const style = element.getAttribute('style');
  if (!style) return declarations;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name) declarations.set(name, value);
  }
  return declarations;
}

function boldFromWeight(weight: string | undefined): boolean | undefined {
  if (weight === undefined) return undefined;
  if (weight.startsWith('bold')) return true; // bold, bolder
  if (weight === 'normal' || weight === 'lighter') return false;
  const numeric = Number.parseInt(weight, 10);
  return Number.isFinite(numeric) ? numeric >= 600 : undefined;
}

function italicFromStyle(style: string | undefined): boolean | undefined {
  if (style === undefined) return undefined;
  if (style.startsWith('italic') || style.startsWith('oblique')) return true;
  return style === 'normal' ? false : undefined;
}

function underlineFromDecoration(css: Map<string, string>): boolean | undefined {
  // Word writes `text-underline:single` (and `text-underline:none` on links it un-underlines).
  const word = css.get('text-underline');
  if (word !== undefined) return word !== 'none';
  const decoration = css.get('text-decoration-line') ?? css.get('text-decoration');
  if (decoration === undefined) return undefined;
  if (decoration.includes('underline')) return true;
  return decoration.includes('none') ? false : undefined;
}

/**
 * Marks in effect inside `element`: tags (b, strong, i, em, u, ins) switch marks on; inline
 * styles may switch them on or off (Google Docs wraps everything in `<b style="font-weight:normal">`).
 */
export function marksOf(element: Element, inherited: MarkState): MarkState {
  const tag = element.localName;
  const marks = { ...inherited };
  if (tag === 'b' || tag === 'strong') marks.bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn') marks.italic = true;
  if (tag === 'u' || tag === 'ins') marks.underline = true;
  const css = styleDeclarations(element);
  if (css.size === 0) return marks;
  marks.bold = boldFromWeight(css.get('font-weight')) ?? marks.bold;
  marks.italic = italicFromStyle(css.get('font-style')) ?? marks.italic;
  marks.underline = underlineFromDecoration(css) ?? marks.underline;
  return marks;
}

/** A leaf carrying only the marks that are on. */
export function leaf(text: string, marks: MarkState): TextLeaf {
  const result: TextLeaf = { text };
  if (marks.bold) result.bold = true;
  if (marks.italic) result.italic = true;
  if (marks.underline) result.underline = true;
  return result;
}

export function sameMarks(a: TextLeaf, b: TextLeaf): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}
