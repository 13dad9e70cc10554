/** A § or numbered item heading as found in the text. */
export interface ItemHeading {
  number: number;
  /** "a" for an inserted item ("§ 17 a"), else "". */
  letter: string;
  /** The title on the same line ("§ 46 Val av justerare"), "" when it follows on its own line. */
  title: string;
  style: 'paragraph' | 'plain';
}

const PARAGRAPH = /^§\s*(\d{1,6})(?:\s?([a-z]))?(?=$|[\s.:])[\s.:–-]*([\s\S]*)$/;
const PARAGRAPH_AFTER = /^(\d{1,6})(?:\s?([a-z]))?\s*§(?=$|[\s.:])[\s.:–-]*([\s\S]*)$/;
const PLAIN = /^(\d{1,4})(?:\s([a-z]))?\.(?=$|\s)\s*([\s\S]*)$/;

function title(rest: string): string {
  return rest.replace(/\s+/g, ' ').trim();
}

/**
 * "§ 46", "§ 17 a Title", "46 § Title", "§ 46\nTitle": a § item heading. `plain` also accepts
 * "3. Title" (items numbered without §), which only a heading line may be. A range ("§ 46 - § 55",
 * "§ 46-52") is not an item.
 */
export function itemNumberOf(text: string, plain = false): ItemHeading | undefined {
  // A web page or PDF conversion may leave a bullet in front: "• § 4".
  const t = text.trim().replace(/^[•·▪]\s*/, '');
  const m = PARAGRAPH.exec(t) ?? PARAGRAPH_AFTER.exec(t);
  if (m) {
    if (/^[-–]\s*(§|\d)/.test(t.slice(t.indexOf(m[1]!) + m[1]!.length).trim())) return undefined;
    return { number: Number(m[1]), letter: m[2] ?? '', title: title(m[3]!), style: 'paragraph' };
  }
  if (!plain) return undefined;
  const p = PLAIN.exec(t);
  if (!p || /^\d/.test(p[3]!.trim())) return undefined;
  return { number: Number(p[1]), letter: p[2] ?? '', title: title(p[3]!), style: 'plain' };
}
