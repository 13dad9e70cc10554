import { childNamed, childrenNamed, parseXml, type XmlElement } from './xmlTree';

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

/** numId → whether its first level is a bullet or a number, from word/numbering.xml. */
export function readNumbering(xml: string | undefined): Map<string, 'bullet' | 'ordered'> {
  const out = new Map<string, 'bullet' | 'ordered'>();
  if (!xml) return out;
  const root = parseXml(xml);
  const abstract = new Map<string, 'bullet' | 'ordered'>();
  for (const a of childrenNamed(root, 'w:abstractNum')) {
    const lvl = childrenNamed(a, 'w:lvl')[0];
    const fmt = lvl && childNamed(lvl, 'w:numFmt')?.attrs['w:val'];
    abstract.set(
      a.attrs['w:abstractNumId'] ?? '',
      fmt === 'bullet' || fmt === 'none' ? 'bullet' : 'ordered',
    );
  }
  for (const n of childrenNamed(root, 'w:num')) {
    const ref = childNamed(n, 'w:abstractNumId')?.attrs['w:val'];
    const kind = ref === undefined ? undefined : abstract.get(ref);
    if (kind && n.attrs['w:numId']) out.set(n.attrs['w:numId'], kind);
  }
  return out;
}

export { isOn };
