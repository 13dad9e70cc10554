import { PDFArray, PDFName, PDFPageLeaf, PDFPageTree, PDFRef, type PDFDocument } from 'pdf-lib';
import { AppendixProblem } from './appendixProblem';
import type { AppendixLimits } from './appendixLimits';

/**
 * The pages of an appendix in document order, found by an iterative walk that pdf-lib's own
 * (recursive, unbounded) traversal never gets to see unchecked: a cycle in /Kids, a tree deeper
 * than `treeDepth` or more than `pages` pages stops the walk with a named problem. Each node's
 * /Parent is set to the node it was reached from, so pdf-lib's upward walk for inherited
 * attributes follows the same finite path.
 */
export function appendixPageRefs(doc: PDFDocument, limits: AppendixLimits): PDFRef[] {
  const rootRef = doc.catalog.get(PDFName.of('Pages'));
  const root = rootRef instanceof PDFRef ? doc.context.lookup(rootRef) : undefined;
  if (!(rootRef instanceof PDFRef) || !(root instanceof PDFPageTree)) {
    throw new AppendixProblem('damaged', 'the document has no page tree');
  }
  root.delete(PDFName.of('Parent'));
  const seen = new Set<string>([key(rootRef)]);
  const leaves: PDFRef[] = [];
  // Kids still to visit, last one on top so that pages come out in order.
  const stack: Array<{ ref: PDFRef; parent: PDFRef; depth: number }> = [];
  const pushKids = (node: PDFPageTree, ref: PDFRef, depth: number) => {
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (!kids) throw new AppendixProblem('damaged', 'a page tree node has no /Kids');
    for (let i = kids.size() - 1; i >= 0; i--) {
      const kid = kids.get(i);
      if (!(kid instanceof PDFRef)) {
        throw new AppendixProblem('damaged', 'a page tree node has a kid that is not a reference');
      }
      stack.push({ ref: kid, parent: ref, depth });
    }
  };
  pushKids(root, rootRef, 1);
  while (stack.length > 0) {
    const { ref, parent, depth } = stack.pop()!;
    if (seen.has(key(ref))) {
      throw new AppendixProblem('page-tree-cycle', `the page tree reaches ${key(ref)} twice`);
    }
    seen.add(key(ref));
    const node = doc.context.lookup(ref);
    if (node instanceof PDFPageTree) {
      if (depth >= limits.treeDepth) {
        throw new AppendixProblem('too-deep', `the page tree is deeper than ${limits.treeDepth}`);
      }
      node.set(PDFName.of('Parent'), parent);
      pushKids(node, ref, depth + 1);
    } else if (node instanceof PDFPageLeaf) {
      node.set(PDFName.of('Parent'), parent);
      leaves.push(ref);
      if (leaves.length > limits.pages) {
        throw new AppendixProblem('too-many-pages', `more than ${limits.pages} pages`);
      }
    }
    // Anything else is neither page nor node: pdf-lib skips it too.
  }
  if (leaves.length === 0) throw new AppendixProblem('damaged', 'the document has no pages');
  return leaves;
}

function key(ref: PDFRef): string {
  return `${ref.objectNumber} ${ref.generationNumber} R`;
}
