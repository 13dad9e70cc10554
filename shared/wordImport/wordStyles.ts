import { childNamed, childrenNamed, parseWordXml as parseXml, type XmlElement } from './xmlTree';

export interface WordStyle {
  name: string;
  headingLevel?: number;
  bold: boolean;
  /** numId of numbering the style carries (a list style). */
  numId?: string;
}

function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

/** "heading 2", "Heading2", "Rubrik 2", "Überschrift 2": the heading level a style name means. */
export function headingLevelOfName(name: string): number | undefined {
  const m = /^(?:heading|rubrik|überschrift|titre)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

/** Paragraph styles of word/styles.xml by id, with what the reader needs of each. */
export function readStyles(xml: string | undefined): Map<string, WordStyle> {
  const out = new Map<string, WordStyle>();
  if (!xml) return out;
  const root = parseXml(xml);
  for (const s of childrenNamed(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const name = childNamed(s, 'w:name')?.attrs['w:val'] ?? id;
    const pPr = childNamed(s, 'w:pPr');
    const outline = pPr && childNamed(pPr, 'w:outlineLvl')?.attrs['w:val'];
    const numId = pPr && childNamed(pPr, 'w:numPr');
    const level =
      headingLevelOfName(name) ??
      headingLevelOfName(id) ??
      (outline !== undefined && /^[0-8]$/.test(outline) ? Number(outline) + 1 : undefined);
    const rPr = childNamed(s, 'w:rPr');
    const num = numId && childNamed(numId, 'w:numId')?.attrs['w:val'];
    out.set(id, {
      name,
      ...(level !== undefined ? { headingLevel: level } : {}),
      bold: isOn(rPr && childNamed(rPr, 'w:b')),
      ...(num ? { numId: num } : {}),
    });
  }
  return out;
}

/** The first level of a Word list: bullets or numbers, and the text Word prints ("§ %1", "%1."). */
export interface WordNumbering {
  kind: 'bullet' | 'ordered';
  /** Word's level text with "%1" for the number; "" for bullets. */
  text: string;
  start: number;
  format: string;
}

/** numId → its first level, from word/numbering.xml. */
export function readNumbering(xml: string | undefined): Map<string, WordNumbering> {
  const out = new Map<string, WordNumbering>();
  if (!xml) return out;
  const root = parseXml(xml);
  const abstract = new Map<string, WordNumbering>();
  for (const a of childrenNamed(root, 'w:abstractNum')) {
    const lvl = childrenNamed(a, 'w:lvl').find((l) => (l.attrs['w:ilvl'] ?? '0') === '0');
    const format = (lvl && childNamed(lvl, 'w:numFmt')?.attrs['w:val']) ?? 'decimal';
    const bullet = format === 'bullet' || format === 'none';
    const start = Number((lvl && childNamed(lvl, 'w:start')?.attrs['w:val']) ?? '1');
    abstract.set(a.attrs['w:abstractNumId'] ?? '', {
      kind: bullet ? 'bullet' : 'ordered',
      text: bullet ? '' : ((lvl && childNamed(lvl, 'w:lvlText')?.attrs['w:val']) ?? ''),
      start: Number.isInteger(start) && start >= 0 && start <= 100_000 ? start : 1,
      format,
    });
  }
  for (const n of childrenNamed(root, 'w:num')) {
    const ref = childNamed(n, 'w:abstractNumId')?.attrs['w:val'];
    const level = ref === undefined ? undefined : abstract.get(ref);
    if (level && n.attrs['w:numId']) out.set(n.attrs['w:numId'], level);
  }
  return out;
}

export { isOn };
