import type { RichText, TextLeaf } from '../../shared/protocol/richText';
import { tablesFromLeaves } from '../../shared/protocol/richTextTable';
import { readHtmlTable } from './htmlTable';
import { marksOf, NO_MARKS, sameMarks, styleDeclarations, type MarkState } from './inlineMarks';
import { RichTextBuilder, type BuildOptions, type ListRef } from './richTextBuilder';
import { headingMarker, stripConditionalContent, wordListOf } from './wordMarkup';

export type HtmlPasteOptions = BuildOptions;

/** Elements whose content is never text of the document (executable, embedded or metadata). */
const DROPPED = new Set([
  'script',
  'style',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'datalist',
  'xml',
  'dialog',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([
  'p',
  'div',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'address',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'hr',
  'center',
  'body',
  'html',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
]);

interface WalkContext {
  marks: MarkState;
  /** The HTML list (ul/ol) the walker is inside. */
  list: ListRef | null;
  /** Inside an li or a heading: nested paragraphs continue that block instead of opening one. */
  inTextBlock: boolean;
  pre: boolean;
}

/** Word's comment markers and comment texts (review notes, not document text). */
const WORD_COMMENT_CLASS = /\bmsocom(anchor|off|txt)\b|\bMsoCommentReference\b/i;

function isHidden(element: Element): boolean {
  const css = styleDeclarations(element);
  return (
    css.get('display') === 'none' ||
    (css.get('mso-element') ?? '').startsWith('comment') ||
    WORD_COMMENT_CLASS.test(element.getAttribute('class') ?? '') ||
    css.get('visibility') === 'hidden' ||
    css.get('mso-hide') === 'all' ||
    element.hasAttribute('hidden')
  );
}

/** What a paste converted into something else than it was. */
export interface PasteReport {
  /** Tables pasted as text (layout tables, tables where only paragraphs are allowed). */
  tablesAsText: number;
}

/** The text of one table cell: its paragraphs, lists and inner tables on one line. */
function cellLeaves(cell: Element, options: HtmlPasteOptions): TextLeaf[] {
  const inner = new HtmlWalker({
    ...options,
    allowHeadings: false,
    allowLists: false,
    allowTables: false,
  });
  inner.walkChildren(cell, { marks: NO_MARKS, list: null, inTextBlock: false, pre: false });
  const leaves: TextLeaf[] = [];
  const add = (l: TextLeaf) => {
    const previous = leaves[leaves.length - 1];
    if (previous && sameMarks(previous, l)) previous.text += l.text;
    else leaves.push({ ...l });
  };
  for (const block of inner.result()) {
    if (block.type !== 'paragraph') continue;
    if (leaves.length > 0) add({ ...block.children[0]!, text: ' ' });
    block.children.forEach(add);
  }
  return leaves;
}

class HtmlWalker {
  private readonly out = new RichTextBuilder();
  private listCount = 0;
  readonly report: PasteReport = { tablesAsText: 0 };

  constructor(private readonly options: HtmlPasteOptions) {}

  walkChildren(parent: Node, ctx: WalkContext): void {
    for (let node = parent.firstChild; node; node = node.nextSibling) this.walk(node, ctx);
  }

  result(): RichText {
    return this.out.build(this.options);
  }

  private walk(node: Node, ctx: WalkContext): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.text(node.nodeValue ?? '', ctx);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments, processing instructions
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    // Namespaced Office tags (o:p, v:shape, w:sdt …) carry layout, never text worth keeping.
    if (DROPPED.has(tag) || tag.includes(':') || isHidden(element)) return;
    const inner: WalkContext = { ...ctx, marks: marksOf(element, ctx.marks) };
    if (tag === 'br') this.lineBreak(ctx);
    else if (tag === 'table' && !ctx.inTextBlock && this.table(element)) return;
    else if (tag === 'ul' || tag === 'ol') this.list(element, tag, inner);
    else if (tag === 'li') this.listItem(element, inner);
    else if (HEADINGS.has(tag) || /\bMso(Title|Subtitle)\b/.test(element.className)) {
      this.heading(element, inner);
    } else if (BLOCKS.has(tag)) this.block(element, tag, inner);
    else this.walkChildren(element, inner);
  }

  /** A data table becomes a table block; false when it is to be read as text. */
  private table(element: Element): boolean {
    if (this.options.allowTables === false) {
      this.report.tablesAsText++;
      return false;
    }
    const read = readHtmlTable(element, (cell) => cellLeaves(cell, this.options));
    const tables = read ? tablesFromLeaves(read.rows, read.header) : [];
    if (tables.length === 0) {
      this.report.tablesAsText++;
      return false;
    }
    for (const table of tables) this.out.table(table);
    return true;
  }

  private text(raw: string, ctx: WalkContext): void {
    if (!ctx.pre) {
      this.out.text(raw, ctx.marks);
      return;
    }
    raw.split(/\r?\n/).forEach((line, i) => {
      if (i > 0) this.lineBreak(ctx);
      this.out.text(line, ctx.marks);
    });
  }

  /** A line break ends a paragraph; in a list item or heading it is a space. */
  private lineBreak(ctx: WalkContext): void {
    if (ctx.inTextBlock) this.out.text(' ', ctx.marks);
    else if (this.out.openKind() !== null) this.out.open('paragraph');
  }

  private list(element: Element, tag: string, ctx: WalkContext): void {
    this.out.close();
    const type = tag === 'ol' ? 'numbered-list' : 'bulleted-list';
    this.walkChildren(element, {
      ...ctx,
      inTextBlock: false,
      list: { type, key: `html-${this.listCount++}` },
    });
    this.out.close();
  }

  private listItem(element: Element, ctx: WalkContext): void {
    const list = ctx.list ?? { type: 'bulleted-list', key: 'html-loose' };
    this.out.open('list-item', list);
    for (let node = element.firstChild; node; node = node.nextSibling) {
      const nestedList = node instanceof Element && /^(ul|ol)$/i.test(node.localName);
      this.walk(node, { ...ctx, inTextBlock: true });
      // Text after a nested list continues as another item of this list.
      if (nestedList) this.out.open('list-item', list);
    }
    this.out.close();
  }

  private heading(element: Element, ctx: WalkContext): void {
    if (ctx.inTextBlock) return this.walkChildren(element, ctx);
    this.out.open('heading');
    const marker = headingMarker(element);
    if (marker) this.out.text(`${marker} `, ctx.marks);
    this.walkChildren(element, { ...ctx, inTextBlock: true });
    this.out.close();
  }

  private block(element: Element, tag: string, ctx: WalkContext): void {
    const wordList = tag === 'p' || tag === 'div' ? wordListOf(element) : null;
    if (wordList && !ctx.inTextBlock) {
      this.out.open('list-item', wordList);
      this.walkChildren(element, { ...ctx, inTextBlock: true });
      this.out.close();
      return;
    }
    if (ctx.inTextBlock) {
      // A paragraph inside a list item (LibreOffice writes <li><p>…</p></li>): same block.
      this.out.text(' ', ctx.marks);
      this.walkChildren(element, ctx);
      return;
    }
    this.out.close();
    this.walkChildren(element, { ...ctx, pre: ctx.pre || tag === 'pre' });
    this.out.close();
  }
}

/**
 * Converts pasted HTML (Word, Outlook, LibreOffice, web pages) into the editor's rich text:
 * paragraphs, headings, bulleted and numbered lists, tables, bold, italic and underline, nothing else.
 * The HTML is parsed with DOMParser into an inert document: no script runs, no image loads.
 */
export function htmlToRichText(html: string, options: HtmlPasteOptions = {}): RichText {
  return htmlToRichTextWithReport(html, options).blocks;
}

/** htmlToRichText, and what it had to turn into something else (for the notice after a paste). */
export function htmlToRichTextWithReport(
  html: string,
  options: HtmlPasteOptions = {},
): { blocks: RichText; report: PasteReport } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  stripConditionalContent(doc);
  const walker = new HtmlWalker(options);
  walker.walkChildren(doc.body, { marks: NO_MARKS, list: null, inTextBlock: false, pre: false });
  return { blocks: walker.result(), report: walker.report };
}
