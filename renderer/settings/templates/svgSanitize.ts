import { allowedAttribute } from './svgAttribute';

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
