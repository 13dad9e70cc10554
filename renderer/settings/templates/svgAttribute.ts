/**
 * Whether an attribute of a chosen SVG logo may stay (svgSanitize.ts): no event handler, no
 * reference that leaves the file, however it is spelled. Plain text rules, no DOM.
 */
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
