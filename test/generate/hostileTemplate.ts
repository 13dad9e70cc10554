/**
 * Templates from a stranger: every string the template schema accepts free text in (found by
 * walking a full template, logo aside) holds a value built to break out of its context.
 */
import { templateSchema, type Template } from '../../shared/template/templateSchema';
import { setAt, stringPaths } from './hostileProtocol';

/** The logo is checked as a PNG, not text; the hostile PNG cases are in logo.test.ts. */
const SKIPPED_KEYS = new Set(['png']);

export interface HostileTemplate {
  template: Template;
  /** The value put into each field, by field path (labels.presenters …). */
  values: Map<string, string>;
}

/** Like hostileProtocol: each field gets the longest variant the template schema accepts. */
export function hostileTemplate(
  base: Template,
  variants: (tag: string, path: string) => readonly string[],
): HostileTemplate {
  const template = structuredClone(base);
  const values = new Map<string, string>();
  let n = 0;
  for (const path of stringPaths(base, [], [])) {
    if (path.some((key) => SKIPPED_KEYS.has(String(key)))) continue;
    const old = path.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)[key],
      template,
    ) as string;
    const tag = `Q${n}Q`;
    const accepted = variants(tag, path.join('.')).find((v) => {
      setAt(template, path, v);
      return templateSchema.safeParse(template).success;
    });
    if (accepted === undefined) setAt(template, path, old);
    else {
      values.set(path.join('.'), accepted);
      n++;
    }
  }
  return { template: templateSchema.parse(template), values };
}
