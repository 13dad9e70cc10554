import type { WordBlock, WordCell, WordParagraph, WordRun } from './wordBlock';
import { isOn, readNumbering, readStyles, type WordNumbering, type WordStyle } from './wordStyles';
import { wordImportError } from './wordImportError';
import { childNamed, childrenNamed, parseWordXml as parseXml, type XmlElement } from './xmlTree';

/** The parts of a .docx the reader uses, as text. */
export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
  /** word/header*.xml: the page header often holds the organ and the date. */
  headers?: string[];
}

interface Context {
  styles: Map<string, WordStyle>;
  numbering: Map<string, WordNumbering>;
  /** The last number Word gave each list, to print automatic numbers ("§ 12") as text. */
  counters: Map<string, number>;
}

/** Containers Word wraps runs in (links, tracked insertions, content controls, fields). */
const RUN_CONTAINERS = new Set([
  'w:hyperlink',
  'w:ins',
  'w:smartTag',
  'w:sdt',
  'w:sdtContent',
  'w:fldSimple',
  'w:customXml',
  'w:moveTo',
  'w:dir',
  'w:bdo',
]);

interface Collected {
  runs: WordRun[];
  /** Text boxes and pictures met inside the paragraph, placed after it. */
  after: WordBlock[];
}

function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** A drawing: the text of its text boxes, or an image marker when it has none. */
function drawing(el: XmlElement, ctx: Context, out: Collected): void {
  const boxes = descendants(el, 'w:txbxContent');
  if (boxes.length > 0) {
    for (const box of boxes) out.after.push(...bodyBlocks(box, ctx));
    return;
  }
  const props = descendants(el, 'wp:docPr')[0] ?? descendants(el, 'v:imagedata')[0];
  const name = props?.attrs.descr || props?.attrs.name || props?.attrs['o:title'] || '';
  out.after.push({ kind: 'image', name });
}

function run(r: XmlElement, ctx: Context, out: Collected): void {
  const rPr = childNamed(r, 'w:rPr');
  const marks = {
    ...(isOn(rPr && childNamed(rPr, 'w:b')) ? { bold: true as const } : {}),
    ...(isOn(rPr && childNamed(rPr, 'w:i')) ? { italic: true as const } : {}),
    ...(isOn(rPr && childNamed(rPr, 'w:u')) ? { underline: true as const } : {}),
  };
  let text = '';
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') text += c.children.filter((t) => typeof t === 'string').join('');
    else if (c.name === 'w:tab' || c.name === 'w:ptab') text += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
    else if (c.name === 'w:noBreakHyphen') text += '-';
    else if (c.name === 'w:drawing' || c.name === 'w:pict' || c.name === 'w:object') {
      drawing(c, ctx, out);
    } else if (c.name === 'mc:AlternateContent') {
      // Choice and Fallback show the same thing: read the first only.
      const choice = childNamed(c, 'mc:Choice') ?? childNamed(c, 'mc:Fallback');
      if (choice) run({ ...r, children: choice.children }, ctx, out);
    }
  }
  if (text) out.runs.push({ text, ...marks });
}

function collectRuns(el: XmlElement, ctx: Context, out: Collected): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:r') run(c, ctx, out);
    else if (RUN_CONTAINERS.has(c.name)) collectRuns(c, ctx, out);
  }
}

function paragraph(p: XmlElement, ctx: Context): WordBlock[] {
  const pPr = childNamed(p, 'w:pPr');
  const styleId = pPr && childNamed(pPr, 'w:pStyle')?.attrs['w:val'];
  const style = styleId ? ctx.styles.get(styleId) : undefined;
  const outline = pPr && childNamed(pPr, 'w:outlineLvl')?.attrs['w:val'];
  const numPr = pPr && childNamed(pPr, 'w:numPr');
  const numId = (numPr && childNamed(numPr, 'w:numId')?.attrs['w:val']) ?? style?.numId;
  const collected: Collected = { runs: [], after: [] };
  collectRuns(p, ctx, collected);
  const level =
    style?.headingLevel ??
    (outline !== undefined && /^[0-8]$/.test(outline) ? Number(outline) + 1 : undefined);
  const numbering = numId && numId !== '0' ? ctx.numbering.get(numId) : undefined;
  const ilvl = (numPr && childNamed(numPr, 'w:ilvl')?.attrs['w:val']) ?? '0';
  const list = numId && numId !== '0' ? (numbering?.kind ?? 'ordered') : undefined;
  // Word numbers "§ 12" or a numbered heading itself: the number is not in the text, so add it.
  let prefix = '';
  if (numbering && numbering.kind === 'ordered' && ilvl === '0' && numbering.text.includes('%1')) {
    const n = (ctx.counters.get(numId!) ?? numbering.start - 1) + 1;
    ctx.counters.set(numId!, n);
    const decimal = numbering.format === 'decimal';
    if (decimal && (numbering.text.includes('§') || level !== undefined)) {
      prefix = `${numbering.text.replace('%1', String(n)).trim()} `;
    }
  }
  const visible = collected.runs.filter((r) => r.text.trim() !== '');
  if (prefix) collected.runs.unshift({ text: prefix });
  const text = collected.runs.map((r) => r.text).join('');
  const block: WordParagraph = {
    kind: 'paragraph',
    text,
    runs: collected.runs,
    style: style?.name ?? styleId ?? '',
    ...(level !== undefined ? { headingLevel: level } : {}),
    bold: visible.length > 0 && (style?.bold === true || visible.every((r) => r.bold)),
    // A numbered heading is a heading, not a list paragraph.
    ...(list && !prefix ? { list } : {}),
  };
  return [block, ...collected.after];
}

function cell(tc: XmlElement, ctx: Context): WordCell {
  const blocks = bodyBlocks(tc, ctx);
  const text = blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'table' ? tableText(b.rows) : ''))
    .filter((t) => t !== '')
    .join('\n');
  return { blocks, text };
}

function tableText(rows: WordCell[][]): string {
  return rows.map((r) => r.map((c) => c.text).join('\t')).join('\n');
}

/** Paragraphs, tables and pictures of a body, cell or text box, in reading order. */
function bodyBlocks(el: XmlElement, ctx: Context): WordBlock[] {
  const out: WordBlock[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') out.push(...paragraph(c, ctx));
    else if (c.name === 'w:tbl') {
      const rows = childrenNamed(c, 'w:tr').map((tr) =>
        [
          ...childrenNamed(tr, 'w:tc'),
          // Cells inside a content control or custom XML wrapper.
          ...['w:sdt', 'w:customXml']
            .flatMap((w) => childrenNamed(tr, w))
            .flatMap((s) => descendants(s, 'w:tc')),
        ].map((tc) => cell(tc, ctx)),
      );
      out.push({ kind: 'table', rows });
    } else if (
      c.name === 'w:sdt' ||
      c.name === 'w:sdtContent' ||
      c.name === 'w:customXml' ||
      c.name === 'w:ins'
    ) {
      out.push(...bodyBlocks(c, ctx));
    }
  }
  return out;
}

function context(parts: DocxParts): Context {
  return {
    styles: readStyles(parts.styles),
    numbering: readNumbering(parts.numbering),
    counters: new Map(),
  };
}

/** The page headers' paragraphs and tables, in part order. */
export function headerBlocks(parts: DocxParts): WordBlock[] {
  const ctx = context(parts);
  return (parts.headers ?? []).flatMap((xml) => bodyBlocks(parseXml(xml), ctx));
}

/** The body of word/document.xml as neutral blocks. */
export function documentBlocks(parts: DocxParts): WordBlock[] {
  const ctx = context(parts);
  const root = parseXml(parts.document);
  const body = childNamed(root, 'w:body');
  if (root.name !== 'w:document' || !body) {
    throw wordImportError('no-document', `root element <${root.name}>`);
  }
  return bodyBlocks(body, ctx);
}
