import { literalStringEnd } from './printedPdf';

export interface HeadRewrite {
  /** The new number of a referenced object. */
  ref(number: number): number;
  /** The new key of a /StructParent(s) entry (a page's or annotation's place in the ParentTree). */
  structParent(key: number): number;
  /** A literal string token, "(…)" included: returned as it should be written. */
  string(token: string): string;
  /** A font subset's six-letter tag ("AAAAAA" of /AAAAAA+LiberationSans). */
  subsetTag(tag: string): string;
}

const REF_KEY_OR_TAG = /(\d+) 0 R\b|\/(StructParents?) (\d+)|\/([A-Z]{6})\+/g;

/**
 * An object's value with its references renumbered, its ParentTree keys moved and its font subset
 * tags renamed. Literal strings
 * are passed to `rewrite.string` whole and never searched, so text that looks like "12 0 R"
 * inside a string stays text.
 */
export function rewriteHead(head: string, rewrite: HeadRewrite): string {
  let out = '';
  let plainFrom = 0;
  const plain = (to: number) =>
    head
      .slice(plainFrom, to)
      .replace(
        REF_KEY_OR_TAG,
        (_m, ref: string | undefined, key: string | undefined, value: string, tag: string) => {
          if (ref !== undefined) return `${rewrite.ref(Number(ref))} 0 R`;
          if (key !== undefined) return `/${key} ${rewrite.structParent(Number(value))}`;
          return `/${rewrite.subsetTag(tag)}+`;
        },
      );
  for (let i = head.indexOf('('); i >= 0; i = head.indexOf('(', plainFrom)) {
    const end = literalStringEnd(head, i);
    out += plain(i) + rewrite.string(head.slice(i, end));
    plainFrom = end;
  }
  return out + plain(head.length);
}
