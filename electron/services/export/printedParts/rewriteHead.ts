import { literalStringEnd } from './printedPdf';

export interface HeadRewrite {
  /** The new number of a referenced object. */
  ref(number: number): number;
  /** The new key of a /StructParent(s) entry (a page's or annotation's place in the ParentTree). */
  structParent(key: number): number;
  /** A literal string token, "(…)" included: returned as it should be written. */
  string(token: string): string;
}

const REF_OR_KEY = /(\d+) 0 R\b|\/(StructParents?) (\d+)/g;

/**
 * An object's value with its references renumbered and its ParentTree keys moved. Literal strings
 * are passed to `rewrite.string` whole and never searched, so text that looks like "12 0 R"
 * inside a string stays text.
 */
export function rewriteHead(head: string, rewrite: HeadRewrite): string {
  let out = '';
  let plainFrom = 0;
  const plain = (to: number) =>
    head
      .slice(plainFrom, to)
      .replace(REF_OR_KEY, (_m, ref: string | undefined, key: string, value: string) =>
        ref !== undefined
          ? `${rewrite.ref(Number(ref))} 0 R`
          : `/${key} ${rewrite.structParent(Number(value))}`,
      );
  for (let i = head.indexOf('('); i >= 0; i = head.indexOf('(', plainFrom)) {
    const end = literalStringEnd(head, i);
    out += plain(i) + rewrite.string(head.slice(i, end));
    plainFrom = end;
  }
  return out + plain(head.length);
}
