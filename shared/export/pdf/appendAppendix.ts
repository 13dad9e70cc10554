import {
  EncryptedPDFError,
  ParseSpeeds,
  PDFDocument,
  PDFObjectCopier,
  PDFPage,
  PDFPageLeaf,
} from 'pdf-lib';
import { stripAppendixActions, trimAppendixPage } from './appendixActions';
import { countDeclaredObjects, type AppendixLimits } from './appendixLimits';
import { appendixPageRefs } from './appendixPageTree';
import { AppendixProblem } from './appendixProblem';
import { objectStreamRefusal } from './objectStreamGuard';

async function loadAppendix(bytes: Uint8Array): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(bytes, {
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (err) {
    if (err instanceof EncryptedPDFError) {
      throw new AppendixProblem('encrypted', 'the PDF is encrypted');
    }
    throw new AppendixProblem('not-pdf', err instanceof Error ? err.message : String(err));
  }
}

/**
 * Appends the pages of one appendix PDF to `doc`, with its actions and embedded files removed.
 * The work is bounded before pdf-lib walks or copies anything: object count (from the bytes,
 * then from the parsed file), page count, page-tree depth and cycles. `pagesBefore` is the
 * number of appendix pages already appended. Returns the number of pages appended.
 */
export async function appendAppendix(
  doc: PDFDocument,
  bytes: Uint8Array,
  limits: AppendixLimits,
  pagesBefore: number,
): Promise<number> {
  if (countDeclaredObjects(bytes, limits.objects) > limits.objects) {
    throw new AppendixProblem('too-many-objects', `more than ${limits.objects} objects`);
  }
  const source = await loadAppendix(bytes);
  const refusal = objectStreamRefusal(source.context);
  if (refusal) throw new AppendixProblem('too-many-objects', refusal);
  const objects = source.context.enumerateIndirectObjects().length;
  if (objects > limits.objects) {
    throw new AppendixProblem('too-many-objects', `${objects} objects (at most ${limits.objects})`);
  }
  const refs = appendixPageRefs(source, limits);
  if (pagesBefore + refs.length > limits.totalPages) {
    throw new AppendixProblem(
      'too-many-pages',
      `the appendices have more than ${limits.totalPages} pages together`,
    );
  }
  stripAppendixActions(source);
  // The walk only returns refs of PDFPageLeaf objects.
  const leaves = refs.map((ref) => source.context.lookup(ref) as PDFPageLeaf);
  for (const leaf of leaves) trimAppendixPage(source.context, leaf);
  const copier = PDFObjectCopier.for(source.context, doc.context);
  for (const leaf of leaves) {
    let copied: PDFPageLeaf;
    try {
      copied = copier.copy(leaf);
    } catch (err) {
      // The copier recurses through references: a chain deep enough overflows the stack.
      throw new AppendixProblem('damaged', `a page cannot be copied: ${String(err)}`);
    }
    doc.addPage(PDFPage.of(copied, doc.context.register(copied), doc));
  }
  return leaves.length;
}
