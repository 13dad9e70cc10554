import {
  elementKids,
  objectOf,
  textToBytes,
  UnsupportedPrintedPdf,
  withElementKids,
} from './printedPdf';
import type { PartShape } from './printedPart';
import { rewriteHead } from './rewriteHead';

/**
 * One tagged PDF of parts Chromium printed separately (the same document cut at page breaks, each
 * part laid out on its own core). Object numbers are renumbered; the pages become one page tree;
 * the parts' structure trees become one under a single Document element (the parts' top grouping
 * elements merged, so the tree reads as if printed whole); ParentTree keys and element IDs are
 * moved so no two parts share one. Fonts stay per part (each part embeds its own subset).
 */
export function joinPrintedParts(shapes: readonly PartShape[]): Uint8Array {
  const first = shapes[0];
  if (!first) throw new UnsupportedPrintedPdf('no parts');
  if (shapes.some((shape) => shape.groupType !== first.groupType)) {
    throw new UnsupportedPrintedPdf('parts have different top elements');
  }
  // Each part's copied objects get consecutive new numbers after the previous part's.
  const numbers = shapes.map(() => new Map<number, number>());
  let next = 1;
  shapes.forEach((shape, i) => {
    for (const number of shape.pdf.objects.keys()) {
      if (shape.skipped.has(number)) continue;
      if (
        i > 0 &&
        (number === shape.document || number === shape.group || number === shape.pdf.info)
      ) {
        continue;
      }
      numbers[i]!.set(number, next++);
    }
  });
  const pagesRoot = next++;
  const structRoot = next++;
  const parentTree = next++;
  const idTree = next++;
  const catalogNumber = next++;
  const documentNumber = numbers[0]!.get(first.document)!;
  const groupNumber = first.group !== undefined ? numbers[0]!.get(first.group) : undefined;
  // Each part's ParentTree keys (its pages' /StructParents) follow the previous part's.
  const keyBase: number[] = [];
  let nextKey = 0;
  for (const shape of shapes) {
    keyBase.push(nextKey);
    nextKey += shape.nextKey;
  }
  const usedIds = new Set(first.ids.map(([name]) => name));
  const idNames = shapes.map(() => new Map<string, string>());
  shapes.forEach((shape, i) => {
    if (i === 0) return;
    for (const [name] of shape.ids) {
      let fresh = name;
      for (let n = i + 1; usedIds.has(fresh); n++) fresh = `${name}-${n}`;
      usedIds.add(fresh);
      if (fresh !== name) idNames[i]!.set(name, fresh);
    }
  });

  // Each part embeds its own font subsets, tagged as the first part's are ("AAAAAA+…"); a
  // PDF's different subsets must have different tags, so later parts' tags are renamed.
  const subsetTags = shapes.map(() => new Map<string, string>());
  const usedTags = new Set(
    [...first.pdf.objects.values()].flatMap((o) =>
      [...o.head.matchAll(/\/([A-Z]{6})\+/g)].map((m) => m[1]!),
    ),
  );
  const subsetTagOf = (part: number, tag: string): string => {
    if (part === 0) return tag;
    let renamed = subsetTags[part]!.get(tag);
    if (renamed === undefined) {
      renamed = tag;
      while (usedTags.has(renamed)) renamed = nextTag(renamed);
      usedTags.add(renamed);
      subsetTags[part]!.set(tag, renamed);
    }
    return renamed;
  };

  const rewriters = shapes.map((shape, i) => ({
    ref(number: number): number {
      const own = numbers[i]!.get(number);
      if (own !== undefined) return own;
      if (number === shape.document) return documentNumber;
      if (number === shape.group && groupNumber !== undefined) return groupNumber;
      // The page tree's inner nodes (a page's /Parent) and the structure root (an element's /P).
      if (/\/Type \/Pages\b/.test(shape.pdf.objects.get(number)?.head ?? '')) return pagesRoot;
      if (shape.skipped.has(number)) return structRoot;
      throw new UnsupportedPrintedPdf(`reference to unknown object ${number}`);
    },
    structParent: (key: number) => key + keyBase[i]!,
    string(token: string): string {
      const renamed = idNames[i]!.get(token.slice(1, -1));
      return renamed === undefined ? token : `(${renamed})`;
    },
    subsetTag: (tag: string) => subsetTagOf(i, tag),
  }));

  // Written text is gathered into runs; stream data is copied from the parts' bytes as is.
  const chunks: Uint8Array[] = [];
  let run = '';
  let offset = 0;
  const put = (part: string | Uint8Array) => {
    offset += part.length;
    if (typeof part === 'string') {
      run += part;
    } else {
      chunks.push(textToBytes(run), part);
      run = '';
    }
  };
  const offsets: number[] = [];
  const write = (number: number, head: string, stream?: Uint8Array) => {
    offsets[number] = offset;
    put(`${number} 0 obj\n${head}\n`);
    if (stream) {
      put(stream);
      put('\n');
    }
    put('endobj\n');
  };
  put(first.pdf.header);
  // Children of the Document (and of its grouping element), in reading order across parts.
  const documentKids: string[] = [];
  const groupKids: string[] = [];
  shapes.forEach((shape, i) => {
    for (const [number, object] of shape.pdf.objects) {
      const newNumber = numbers[i]!.get(number);
      // The Document and its group are written once, after the parts, with every part's children.
      if (newNumber === undefined || newNumber === documentNumber || newNumber === groupNumber)
        continue;
      const head = rewriteHead(object.head, rewriters[i]!);
      write(newNumber, head, object.stream);
    }
    const kidsOf = (element: number | undefined) => {
      const kids = elementKids(objectOf(shape.pdf, element ?? NaN, 'element').head);
      if (!kids) throw new UnsupportedPrintedPdf('top element holds content');
      return kids.map((n) => `${rewriters[i]!.ref(n)} 0 R`);
    };
    if (groupNumber !== undefined) groupKids.push(...kidsOf(shape.group));
    else documentKids.push(...kidsOf(shape.document));
  });
  const documentHead = rewriteHead(
    objectOf(first.pdf, first.document, 'document').head,
    rewriters[0]!,
  );
  write(
    documentNumber,
    groupNumber !== undefined ? documentHead : withElementKids(documentHead, documentKids),
  );
  if (groupNumber !== undefined) {
    write(
      groupNumber,
      withElementKids(
        rewriteHead(objectOf(first.pdf, first.group!, 'group').head, rewriters[0]!),
        groupKids,
      ),
    );
  }
  const pages = shapes.flatMap((shape, i) =>
    shape.pages.map((p) => `${numbers[i]!.get(p.number)} 0 R`),
  );
  write(pagesRoot, `<</Type /Pages\n/Count ${pages.length}\n/Kids [${pages.join(' ')}]>>`);
  const nums = shapes.flatMap((shape, i) =>
    shape.parentTree.map(
      ([key, value]) => `${key + keyBase[i]!} ${rewriteHead(value, rewriters[i]!)}`,
    ),
  );
  write(parentTree, `<</Nums [${nums.join(' ')}]>>`);
  const ids = shapes
    .flatMap((shape, i) =>
      shape.ids.map(([name, element]): [string, number] => [
        idNames[i]!.get(name) ?? name,
        rewriters[i]!.ref(element),
      ]),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  write(idTree, `<</Names [${ids.map(([name, n]) => `(${name}) ${n} 0 R`).join(' ')}]>>`);
  write(
    structRoot,
    `<</Type /StructTreeRoot\n/K ${documentNumber} 0 R\n/ParentTreeNextKey ${nextKey}\n/ParentTree ${parentTree} 0 R\n/IDTree ${idTree} 0 R>>`,
  );
  const catalog = objectOf(first.pdf, first.pdf.root, 'catalog')
    .head.replace(/\/Pages \d+ 0 R/, `/Pages ${pagesRoot} 0 R`)
    .replace(/\/StructTreeRoot \d+ 0 R/, `/StructTreeRoot ${structRoot} 0 R`);
  write(catalogNumber, catalog);

  const xrefAt = offset;
  let xref = `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let n = 1; n < next; n++) {
    xref += `${String(offsets[n] ?? 0).padStart(10, '0')} 00000 ${offsets[n] === undefined ? 'f' : 'n'} \n`;
  }
  const info = first.pdf.info !== undefined ? numbers[0]!.get(first.pdf.info) : undefined;
  put(
    `${xref}trailer\n<</Size ${next}\n/Root ${catalogNumber} 0 R${info !== undefined ? `\n/Info ${info} 0 R` : ''}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
  );
  chunks.push(textToBytes(run));
  return Buffer.concat(chunks);
}

/** The next six-letter tag, counting in A–Z from the right ("AAAAAZ" → "AAAABA"). */
function nextTag(tag: string): string {
  const letters = [...tag];
  for (let i = letters.length - 1; i >= 0; i--) {
    if (letters[i] !== 'Z') {
      letters[i] = String.fromCharCode(letters[i]!.charCodeAt(0) + 1);
      return letters.join('');
    }
    letters[i] = 'A';
  }
  return letters.join('');
}
