/** One end of a range: its running number and, for an inserted item, its letter. */
export interface RangeEnd {
  number: number;
  letter?: string;
}

export interface RangeStyle {
  /** 'paragraph': "§ 23–28"; 'plain': "1–10". */
  style: 'paragraph' | 'plain';
  /** The paragraph sign, "§" in Swedish templates. */
  sign?: string;
}

/** The en dash of a range (Svenska skrivregler: "§ 23–28", "1–10"). */
export const RANGE_DASH = '–';

const core = (end: RangeEnd) => `${end.number}${end.letter ? ` ${end.letter}` : ''}`;

/**
 * An item range as printed everywhere (print, editor, draft list): the sign once, an en dash
 * without spaces, the sign not repeated: "§ 23–28", "§ 17 a–20", "1–10"; one end: "§ 23".
 */
export function formatRange(from: RangeEnd, to: RangeEnd, style: RangeStyle): string {
  const same = from.number === to.number && (from.letter ?? '') === (to.letter ?? '');
  const text = same ? core(from) : `${core(from)}${RANGE_DASH}${core(to)}`;
  return style.style === 'paragraph' ? `${style.sign ?? '§'} ${text}` : text;
}
