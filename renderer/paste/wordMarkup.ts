import type { ListRef } from './richTextBuilder';
import { styleDeclarations } from './inlineMarks';

// Word (and Outlook, which uses Word to write HTML) marks lists with `mso-list` styles on plain
// paragraphs and writes the bullet or number as fake text inside "downlevel-revealed" conditional
// comments: <![if !supportLists]><span style='mso-list:Ignore'>1.<span>  </span></span><![endif]>.

const MARKER_ATTRIBUTE = 'data-paste-list-marker';
const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, div, td, th';
/** Only the condition, like "[if !supportLists]": content follows as sibling nodes. */
const REVEALED_IF = /^\s*\[if [^\]]*\]\s*$/i;
const ENDIF = /^\s*\[endif\]\s*$/i;

function rememberMarker(near: Node | null, marker: string): void {
  const block =
    near instanceof Element
      ? near.closest(BLOCK_SELECTOR)
      : near?.parentElement?.closest(BLOCK_SELECTOR);
  if (block && !block.hasAttribute(MARKER_ATTRIBUTE)) {
    block.setAttribute(MARKER_ATTRIBUTE, marker.replace(/[\s\u00a0]+/g, ' ').trim());
  }
}

function isComment(node: Node | null, pattern: RegExp): node is Comment {
  return node?.nodeType === Node.COMMENT_NODE && pattern.test((node as Comment).data);
}

/**
 * Removes the content of Word's `<![if …]> … <![endif]>` blocks (fake list markers, duplicate
 * line breaks, image fallbacks, comment references). A list marker is kept as an attribute of
 * its paragraph so the list kind can be told from it.
 */
export function stripConditionalContent(root: ParentNode): void {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument!;
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_COMMENT);
  const starts: Comment[] = [];
  while (walker.nextNode()) {
    if (isComment(walker.currentNode, REVEALED_IF)) starts.push(walker.currentNode as Comment);
  }
  for (const start of starts) {
    if (!start.isConnected && !start.parentNode) continue;
    let end: Node | null = start.nextSibling;
    while (end && !isComment(end, ENDIF)) end = end.nextSibling;
    if (!end) continue; // unmatched: leave the content alone
    let text = '';
    for (let node: Node | null = start.nextSibling; node && node !== end;) {
      const next: Node | null = node.nextSibling;
      text += node.textContent ?? '';
      node.parentNode?.removeChild(node);
      node = next;
    }
    if (/supportLists/i.test(start.data)) rememberMarker(start.parentNode, text);
  }
  // Markers without the comments around them (some clipboards strip comments).
  for (const span of Array.from(doc.querySelectorAll('[style*="mso-list"]'))) {
    if (styleDeclarations(span).get('mso-list') !== 'ignore') continue;
    rememberMarker(span.parentNode, span.textContent ?? '');
    span.remove();
  }
}

/** "1.", "a)", "iv.", "(2)", "§ 4": numbered; anything else (·, o, ▪, –, Wingdings) a bullet. */
export function listTypeOfMarker(marker: string): ListRef['type'] {
  return /^(\(?\d+[.)]?|\(?[a-z][.)]|\(?[ivxlcdm]+[.)]|§\s*\d+)(\s|$)/i.test(marker.trim())
    ? 'numbered-list'
    : 'bulleted-list';
}

/** The list a Word paragraph belongs to, or null when it is not a list paragraph. */
export function wordListOf(element: Element): ListRef | null {
  const msoList = styleDeclarations(element).get('mso-list');
  const className = element.getAttribute('class') ?? '';
  const listClass = /\bMsoList(Paragraph|Bullet|Number)/i.exec(className);
  const hasListStyle = msoList !== undefined && msoList !== 'none' && msoList !== 'ignore';
  if (!hasListStyle && !listClass) return null;
  const marker = element.getAttribute(MARKER_ATTRIBUTE);
  let type: ListRef['type'];
  if (marker) type = listTypeOfMarker(marker);
  else type = /number/i.test(listClass?.[1] ?? '') ? 'numbered-list' : 'bulleted-list';
  // lfo ("list format override") changes when Word restarts a list, so it separates lists.
  const key = /lfo\d+/i.exec(msoList ?? '')?.[0] ?? /\bl\d+\b/i.exec(msoList ?? '')?.[0] ?? 'word';
  return { type, key: `word-${key}` };
}

/** Word numbers headings through a list too; that number ("§ 46", "3.") is kept as text. */
export function headingMarker(element: Element): string {
  return element.getAttribute(MARKER_ATTRIBUTE) ?? '';
}
