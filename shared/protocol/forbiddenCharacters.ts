/**
 * Characters no document may contain: those XML 1.0 forbids (C0 controls other than tab, line
 * feed and carriage return; lone surrogates; U+FFFE, U+FFFF) and the other Unicode
 * noncharacters. A DOCX holding one is not well-formed and Word and LibreOffice refuse it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu;

/** The text without forbidden characters (a lone surrogate is one code point under /u). */
export function removeForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Far deeper than any protokoll, template or register nests; a file from a stranger can nest more. */
const MAX_MAP_DEPTH = 500;

/**
 * Every string in a JSON-like value mapped through fn; objects and arrays are copied. Keys are
 * copied as the own properties they were: a "__proto__" key from JSON.parse stays a key (which a
 * strict schema refuses) and never becomes the copy's prototype, whose fields a schema would
 * otherwise read as if they were the object's own.
 */
export function mapStrings<T>(value: T, fn: (text: string) => string, depth = 0): T {
  // Deeper than any document: left as it is (for a schema to refuse), not a stack overflow.
  if (depth > MAX_MAP_DEPTH) return value;
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn, depth + 1)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, {
        value: mapStrings(v, fn, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}

/** A copy of a JSON-like value with forbidden characters removed, and how many were removed. */
export function withoutForbiddenCharacters<T>(value: T): { value: T; removed: number } {
  let removed = 0;
  const clean = mapStrings(value, (text) => {
    const out = removeForbiddenCharacters(text);
    removed += [...text].length - [...out].length;
    return out;
  });
  return { value: clean, removed };
}
