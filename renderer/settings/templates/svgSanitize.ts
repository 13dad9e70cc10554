/**
 * A chosen SVG reduced to drawing before it is rasterised: only shape, text, gradient and
 * grouping elements stay, no script, foreign object, external image, link or event handler,
 * and no reference that leaves the file. The result is still only drawn as an <img> (which runs
 * no script and loads nothing), so this is a second wall, and it keeps the canvas readable:
 * a foreign object would taint it.
 */
const ALLOWED_ELEMENTS = new Set(
  [
    'svg',
    'g',
    'defs',
    'symbol',
    'use',
    'path',
    'rect',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'text',
    'tspan',
    'lineargradient',
    'radialgradient',
    'stop',
    'clippath',
    'mask',
    'pattern',
    'title',
    'desc',
  ].map((n) => n.toLowerCase()),
);

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Whether an attribute may stay: no handler, no reference outside the file. */
export function allowedAttribute(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('on') || n === 'xml:base') return false;
  if (n === 'href' || n.endsWith(':href')) return value.trim().startsWith('#');
  // A CSS escape spells "url(" without the letters (\75 rl(…)); drawing never needs one.
  if (value.includes('\\')) return false;
  // image-set() and src() load by a quoted address, without url().
  if (/image-set\s*\(|src\s*\(/i.test(value)) return false;
  // url(#id) points inside the file; any other url() could load something.
  const urls = value.match(/url\s*\(([^)]*)\)/gi) ?? [];
  if (urls.some((u) => !/^url\s*\(\s*['"]?#/i.test(u))) return false;
  return !/@import|expression\s*\(/i.test(value);
}

function clean(element: Element): void {
  for (const child of Array.from(element.children)) {
    if (child.namespaceURI !== SVG_NS || !ALLOWED_ELEMENTS.has(child.localName.toLowerCase())) {
      child.remove();
      continue;
    }
    clean(child);
  }
  for (const attribute of Array.from(element.attributes)) {
    if (!allowedAttribute(attribute.name, attribute.value)) element.removeAttribute(attribute.name);
  }
}

/** The SVG's text with only drawing left; a Swedish Error when it is no SVG at all. */
export function sanitizeSvg(text: string): string {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (
    doc.querySelector('parsererror') ||
    root.namespaceURI !== SVG_NS ||
    root.localName !== 'svg'
  ) {
    throw new Error('Logotypen är ingen giltig SVG-fil.');
  }
  clean(root);
  return new XMLSerializer().serializeToString(root);
}
