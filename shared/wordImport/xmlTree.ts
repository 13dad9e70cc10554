import { wordImportError } from './wordImportError';

/** An XML element as the reader needs it: local-name-free tag, attributes, children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Word nests tables in tables; anything deeper than this is not a document but an attack. */
const MAX_DEPTH = 200;
/**
 * Elements and text runs in one part. A 500-page protokoll has a few hundred thousand; a small
 * file of millions of empty tags would otherwise build a tree of gigabytes.
 */
export const MAX_XML_NODES = 1_000_000;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    // Only the five predefined entities exist: there is no DTD to define more.
    const named = NAMED[ref];
    if (named === undefined) throw wordImportError('bad-xml', `unknown entity ${whole}`);
    return named;
  });
}

const ATTR = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of source.matchAll(ATTR)) attrs[m[1]!] = decode(m[3] ?? m[4] ?? '');
  return attrs;
}

/**
 * A small XML parser for the parts of a .docx. It never processes a DTD: any <!DOCTYPE or
 * <!ENTITY refuses the file (Word never writes them), so entity expansion and external entities
 * cannot happen. Comments, processing instructions and CDATA are handled; mismatched tags refuse.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let nodes = 0;
  const count = () => {
    if (++nodes > MAX_XML_NODES)
      throw wordImportError('too-much', `over ${MAX_XML_NODES} XML nodes`);
  };
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text) {
      count();
      stack[stack.length - 1]!.children.push(decode(text));
    }
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw wordImportError('bad-xml', 'unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw wordImportError('bad-xml', 'unclosed CDATA');
      count();
      stack[stack.length - 1]!.children.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      throw wordImportError('dtd', xml.slice(lt, lt + 40));
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw wordImportError('bad-xml', 'unclosed processing instruction');
      i = end + 2;
    } else {
      const end = xml.indexOf('>', lt + 1);
      if (end < 0) throw wordImportError('bad-xml', 'unclosed tag');
      const inner = xml.slice(lt + 1, end);
      i = end + 1;
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim();
        const open = stack.pop();
        if (!open || open === root || open.name !== name) {
          throw wordImportError('bad-xml', `unexpected </${name}>`);
        }
        continue;
      }
      const selfClosing = inner.endsWith('/');
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const nameEnd = body.search(/[\s]|$/);
      const element: XmlElement = {
        name: body.slice(0, nameEnd),
        attrs: attributes(body.slice(nameEnd)),
        children: [],
      };
      if (!element.name) throw wordImportError('bad-xml', 'empty tag');
      count();
      stack[stack.length - 1]!.children.push(element);
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > MAX_DEPTH) throw wordImportError('bad-xml', 'nested too deep');
      }
    }
  }
  if (stack.length !== 1) throw wordImportError('bad-xml', `unclosed <${stack.at(-1)!.name}>`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw wordImportError('bad-xml', 'no root element');
  return first;
}

/** Child elements with this tag name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first child element with this tag name. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(el, name)[0];
}

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

function renamePrefix(el: XmlElement, from: string): void {
  if (el.name.startsWith(from)) el.name = `w:${el.name.slice(from.length)}`;
  for (const key of Object.keys(el.attrs)) {
    if (key.startsWith(from)) {
      el.attrs[`w:${key.slice(from.length)}`] = el.attrs[key]!;
      delete el.attrs[key];
    }
  }
  for (const c of el.children) if (typeof c !== 'string') renamePrefix(c, from);
}

/**
 * A WordprocessingML part whose writer bound the namespace to another prefix than "w" (some
 * tools write "ns0:p"), parsed with the "w:" names the reader looks for.
 */
export function parseWordXml(xml: string): XmlElement {
  const root = parseXml(xml);
  const prefix = Object.entries(root.attrs).find(
    ([k, v]) => k.startsWith('xmlns:') && WORD_NAMESPACES.has(v),
  )?.[0];
  const name = prefix?.slice('xmlns:'.length);
  if (name && name !== 'w') renamePrefix(root, `${name}:`);
  return root;
}
