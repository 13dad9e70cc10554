import {
  elementKids,
  objectOf,
  readPrintedPdf,
  refOf,
  refsOf,
  UnsupportedPrintedPdf,
  type PrintedPdf,
} from './printedPdf';

/** Catalog keys a part may have; anything else (outlines, named destinations, forms) is not joined. */
const CATALOG_KEYS = new Set([
  'Type',
  'Pages',
  'MarkInfo',
  'StructTreeRoot',
  'ViewerPreferences',
  'Lang',
]);

export interface PartShape {
  pdf: PrintedPdf;
  /** Leaf page objects in order. */
  pages: { number: number }[];
  /** The /Document element and the one grouping element under it (Chromium's <main>/<body>). */
  document: number;
  group: number | undefined;
  /** The grouping element's structure type ('' without one): parts merge only alike groups. */
  groupType: string;
  parentTree: [key: number, value: string][];
  nextKey: number;
  ids: [name: string, element: number][];
  /** Objects not copied: the catalog, the page tree's inner nodes, the structure tree's root and trees. */
  skipped: Set<number>;
}

function pageLeaves(pdf: PrintedPdf, node: number, out: PartShape['pages'], skipped: Set<number>) {
  const head = objectOf(pdf, node, 'page tree node').head;
  if (/\/Type \/Pages\b/.test(head)) {
    skipped.add(node);
    for (const kid of refsOf(head, 'Kids') ?? []) pageLeaves(pdf, kid, out, skipped);
  } else if (/\/Type \/Page\b/.test(head)) {
    out.push({ number: node });
  } else {
    throw new UnsupportedPrintedPdf('page tree node of unknown type');
  }
}

function nameTreeLeaves(
  pdf: PrintedPdf,
  node: number,
  out: PartShape['ids'],
  skipped: Set<number>,
) {
  skipped.add(node);
  const head = objectOf(pdf, node, 'ID tree').head;
  for (const kid of refsOf(head, 'Kids') ?? []) nameTreeLeaves(pdf, kid, out, skipped);
  const names = /\/Names \[([^\]]*)\]/.exec(head);
  for (const m of names?.[1]!.matchAll(/\(([^()\\]*)\) (\d+) 0 R/g) ?? []) {
    out.push([m[1]!, Number(m[2])]);
  }
}

/** A printed part read for joining. */
export function readPart(bytes: Uint8Array): PartShape {
  const pdf = readPrintedPdf(bytes);
  const skipped = new Set<number>([pdf.root]);
  const catalog = objectOf(pdf, pdf.root, 'catalog').head;
  for (const key of topLevelKeys(catalog)) {
    if (!CATALOG_KEYS.has(key)) throw new UnsupportedPrintedPdf(`catalog has /${key}`);
  }
  const pages: PartShape['pages'] = [];
  pageLeaves(pdf, refOf(catalog, 'Pages') ?? NaN, pages, skipped);
  const structRoot = refOf(catalog, 'StructTreeRoot');
  if (structRoot === undefined) throw new UnsupportedPrintedPdf('untagged');
  skipped.add(structRoot);
  const rootHead = objectOf(pdf, structRoot, 'structure tree root').head;
  const document = refOf(rootHead, 'K');
  if (document === undefined || /\/(RoleMap|ClassMap)\b/.test(rootHead)) {
    throw new UnsupportedPrintedPdf('structure tree root of another shape');
  }
  const documentKids = elementKids(objectOf(pdf, document, 'document element').head);
  const only = documentKids?.length === 1 ? documentKids[0]! : undefined;
  const group =
    only !== undefined && elementKids(objectOf(pdf, only, 'group').head) ? only : undefined;
  const groupType =
    group === undefined ? '' : /\/S \/(\w+)/.exec(objectOf(pdf, group, 'group').head)?.[1];
  const parentTreeRef = refOf(rootHead, 'ParentTree');
  const parentTreeHead = objectOf(pdf, parentTreeRef ?? NaN, 'parent tree').head;
  if (/\/Kids\b/.test(parentTreeHead)) throw new UnsupportedPrintedPdf('parent tree with kids');
  skipped.add(parentTreeRef!);
  const nums = /\/Nums \[([^\]]*(?:\[[^\]]*\][^\]]*)*)\]/.exec(parentTreeHead)?.[1] ?? '';
  const parentTree = [...nums.matchAll(/(\d+) (\d+ 0 R|\[[^\]]*\])/g)].map(
    (m): [number, string] => [Number(m[1]), m[2]!],
  );
  const ids: PartShape['ids'] = [];
  const idTree = refOf(rootHead, 'IDTree');
  if (idTree !== undefined) nameTreeLeaves(pdf, idTree, ids, skipped);
  const nextKey = Number(/\/ParentTreeNextKey (\d+)/.exec(rootHead)?.[1] ?? NaN);
  if (!Number.isFinite(nextKey)) throw new UnsupportedPrintedPdf('no ParentTreeNextKey');
  return {
    pdf,
    pages,
    document,
    group,
    groupType: groupType ?? '',
    parentTree,
    nextKey,
    ids,
    skipped,
  };
}

/** The keys of a dictionary written as Skia does (one entry per line), nested values removed. */
function topLevelKeys(dict: string): string[] {
  let body = dict
    .trim()
    .slice(2, -2)
    .replace(/\([^()]*\)/g, '()');
  for (let before = ''; before !== body;) {
    before = body;
    body = body.replace(/<<(?:(?!<<|>>)[\s\S])*>>/g, '');
  }
  return [...body.matchAll(/(?:^|\n)\/(\w+)/g)].map((m) => m[1]!);
}
