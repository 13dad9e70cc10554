import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNull,
  PDFPageLeaf,
  PDFPageTree,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

/** Every action type of ISO 32000-2 (12.6.4): an appendix keeps none of them. */
const ACTION_TYPES = new Set([
  'GoTo',
  'GoToR',
  'GoToE',
  'GoToDp',
  'Launch',
  'Thread',
  'URI',
  'Sound',
  'Movie',
  'Hide',
  'Named',
  'SubmitForm',
  'ResetForm',
  'ImportData',
  'JavaScript',
  'SetOCGState',
  'Rendition',
  'Trans',
  'GoTo3DView',
  'RichMediaExecute',
]);

/**
 * Keys that carry scripts, triggers or files wherever they appear: additional actions, the
 * document's open action, JavaScript (as action text and as the name tree), embedded files
 * and their streams, XFA forms.
 */
const ACTIVE_KEYS = ['AA', 'OpenAction', 'JS', 'JavaScript', 'EmbeddedFiles', 'EF', 'XFA'];

/** Keys whose value is an action (or a chain of them). */
const ACTION_VALUE_KEYS = ['A', 'Next', 'PA'];

/** What an appended page keeps; the rest (/AA, /StructParents, thumbnails, …) is dropped. */
const PAGE_KEYS = new Set([
  'Type',
  'Parent',
  'Resources',
  'MediaBox',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Contents',
  'Rotate',
  'Group',
  'Annots',
  'UserUnit',
]);

/** Annotations that play, run or carry something rather than show it. */
const ACTIVE_ANNOTATIONS = new Set([
  'FileAttachment',
  'Sound',
  'Movie',
  'Screen',
  'RichMedia',
  '3D',
]);

function nameOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

function isAction(context: PDFContext, value: PDFObject | undefined): boolean {
  const obj = value instanceof PDFRef ? context.lookup(value) : value;
  if (obj instanceof PDFArray) return obj.asArray().some((v) => isAction(context, v));
  return obj instanceof PDFDict && ACTION_TYPES.has(nameOf(obj.get(PDFName.of('S'))) ?? '');
}

/** Removes active keys and links to actions from one dictionary (not from what it references). */
function cleanDict(context: PDFContext, dict: PDFDict): void {
  for (const key of ACTIVE_KEYS) dict.delete(PDFName.of(key));
  for (const key of ACTION_VALUE_KEYS) {
    if (isAction(context, dict.get(PDFName.of(key)))) dict.delete(PDFName.of(key));
  }
  if (dict.has(PDFName.of('Subtype')) && dict.has(PDFName.of('Rect'))) {
    // An annotation: its page, destination and structure links point into the source file.
    for (const key of ['P', 'Dest', 'StructParent']) dict.delete(PDFName.of(key));
  }
}

/** Every dictionary and array in the document, stream dictionaries and nested ones included. */
function allContainers(context: PDFContext): Array<PDFDict | PDFArray> {
  const found: Array<PDFDict | PDFArray> = [];
  for (const [, top] of context.enumerateIndirectObjects()) {
    // No recursion: the nesting depth is the file's choice.
    const stack: PDFObject[] = [top instanceof PDFStream ? top.dict : top];
    while (stack.length > 0) {
      const obj = stack.pop()!;
      if (!(obj instanceof PDFDict || obj instanceof PDFArray)) continue;
      found.push(obj);
      for (const value of obj instanceof PDFDict ? obj.values() : obj.asArray()) {
        if (value instanceof PDFDict || value instanceof PDFArray) stack.push(value);
      }
    }
  }
  return found;
}

/** The catalog and the page tree: only the page tree itself may point at them. */
function structureRefs(doc: PDFDocument): Set<PDFRef> {
  const refs = new Set<PDFRef>([doc.context.trailerInfo.Root as PDFRef]);
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFPageTree || obj instanceof PDFPageLeaf) refs.add(ref);
  }
  return refs;
}

/**
 * Cuts links from content into the document's structure (a font or annotation pointing at the
 * catalog or at another page): copying a page would otherwise copy the whole source document
 * through them, its form and outline included.
 */
function cutStructureLinks(container: PDFDict | PDFArray, structure: Set<PDFRef>): void {
  if (container instanceof PDFPageTree || container instanceof PDFPageLeaf) return;
  if (container instanceof PDFArray) {
    for (let i = 0; i < container.size(); i++) {
      const v = container.get(i);
      if (v instanceof PDFRef && structure.has(v)) container.set(i, PDFNull);
    }
    return;
  }
  for (const [key, v] of container.entries()) {
    if (v instanceof PDFRef && structure.has(v)) container.delete(key);
  }
}

/**
 * Strips actions, scripts and embedded files from every object of an appendix, in place,
 * before any page is copied: no JavaScript, Launch, URI, SubmitForm or ImportData action, no
 * /AA or /OpenAction, no /Names /JavaScript or /EmbeddedFiles can reach the export.
 */
export function stripAppendixActions(doc: PDFDocument): void {
  const { context } = doc;
  const containers = allContainers(context);
  const structure = structureRefs(doc);
  // Links to actions first, while the actions still say what they are …
  for (const c of containers) {
    if (c instanceof PDFDict) cleanDict(context, c);
    cutStructureLinks(c, structure);
  }
  // … then any action left standing on its own (in a name tree or under an odd key) is emptied.
  for (const c of containers) {
    if (c instanceof PDFDict && ACTION_TYPES.has(nameOf(c.get(PDFName.of('S'))) ?? '')) {
      for (const key of c.keys()) c.delete(key);
    }
  }
}

/** Keeps only what a page needs to look right, and only annotations that show something. */
export function trimAppendixPage(context: PDFContext, page: PDFDict): void {
  for (const key of page.keys()) {
    if (!PAGE_KEYS.has(key.decodeText())) page.delete(key);
  }
  const annots = page.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) {
    page.delete(PDFName.of('Annots'));
    return;
  }
  const kept = annots.asArray().filter((a) => {
    const annot = a instanceof PDFRef ? context.lookup(a) : a;
    if (!(annot instanceof PDFDict)) return false;
    return !ACTIVE_ANNOTATIONS.has(nameOf(annot.get(PDFName.of('Subtype'))) ?? '');
  });
  page.set(PDFName.of('Annots'), context.obj(kept));
}
