import type { Template, TemplateLabels } from '../../../shared/template/templateSchema';

/**
 * The seam for "Skapa mall från Word-protokoll". The Word importer (shared/wordImport, built
 * separately) reads a .docx protokoll; what a template can take from it is this outline. Until
 * a reader is wired into the dispatcher (DispatcherServices.templates.readWordOutline), the
 * button answers that the import is not available.
 */
export interface WordProtocolOutline {
  /** The organisation's name as the Word file's header prints it. */
  organisation?: string;
  documentKind?: string;
  /** Words the Word file uses where the template has its own ("Föredragande" …). */
  labels?: Partial<Omit<TemplateLabels, 'roles'>>;
  /** The recurring items (opening and closing), in the file's order, with their text. */
  items?: { title: string; body: string }[];
}

/** Reads a Word file into an outline; supplied by the Word importer. */
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
