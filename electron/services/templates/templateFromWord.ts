import type { Template, TemplateLabels } from '../../../shared/template/templateSchema';

/**
 * What "Skapa mall från Word-protokoll" takes from a Word protokoll, read by the Word importer
 * (electron/services/wordImport/wordOutline.ts).
 */
export interface WordProtocolOutline {
  /** The built-in template whose printed words the Word file matched best. */
  baseTemplateId?: string;
  /** The organisation's name as the Word file's header prints it. */
  organisation?: string;
  documentKind?: string;
  /** Words the Word file uses where the template has its own ("Föredragande" …). */
  labels?: Partial<Omit<TemplateLabels, 'roles'>>;
  /** The recurring items (opening and closing), in the file's order, with their text. */
  items?: { title: string; body: string }[];
}

/** Reads a Word file into an outline. */
export type WordOutlineReader = (path: string) => Promise<WordProtocolOutline>;

/** A new template: `base` with what the Word file shows in place of its words and items. */
export function templateFromWordOutline(
  base: Template,
  outline: WordProtocolOutline,
  name: string,
): Template {
  const items = outline.items?.map((item, i) => ({
    key: `word-${i + 1}`,
    title: item.title.slice(0, 500) || `Punkt ${i + 1}`,
    kind: 'beslut' as const,
    body: item.body.slice(0, 10_000),
    position: 'other' as const,
    includeByDefault: true,
  }));
  return {
    ...structuredClone(base),
    id: `${base.id}-word`.slice(0, 64),
    name,
    ...(outline.documentKind ? { documentKind: outline.documentKind.slice(0, 100) } : {}),
    labels: { ...base.labels, ...outline.labels },
    ...(items && items.length > 0 ? { items } : {}),
    ...(outline.organisation
      ? { branding: { ...base.branding, organisation: outline.organisation.slice(0, 200) } }
      : {}),
  };
}
