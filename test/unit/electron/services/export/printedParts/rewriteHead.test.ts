import { describe, expect, it } from 'vitest';
import { rewriteHead } from '../../../../../../electron/services/export/printedParts/rewriteHead';

const plusTen = {
  ref: (n: number) => n + 10,
  structParent: (k: number) => k + 100,
  string: (token: string) => (token === '(node1)' ? '(node1-2)' : token),
  subsetTag: (tag: string) => (tag === 'AAAAAA' ? 'AAAAAB' : tag),
};

describe('renumbering an object of a printed PDF', () => {
  it('moves references and ParentTree keys', () => {
    expect(
      rewriteHead(
        '<</Type /Page\n/Parent 3 0 R\n/StructParents 4\n/Annots [5 0 R 6 0 R]>>',
        plusTen,
      ),
    ).toBe('<</Type /Page\n/Parent 13 0 R\n/StructParents 104\n/Annots [15 0 R 16 0 R]>>');
    expect(rewriteHead('<</StructParent 2 /P 1 0 R>>', plusTen)).toBe(
      '<</StructParent 102 /P 11 0 R>>',
    );
  });

  it('never changes text inside strings, nested and escaped parentheses included', () => {
    const head =
      '<</Alt (see 12 0 R \\) and (nested 3 0 R) /StructParents 9) /P 1 0 R /ID (node1)>>';
    expect(rewriteHead(head, plusTen)).toBe(
      '<</Alt (see 12 0 R \\) and (nested 3 0 R) /StructParents 9) /P 11 0 R /ID (node1-2)>>',
    );
  });

  it('renames font subset tags in names, never in strings', () => {
    const head = '<</BaseFont /AAAAAA+LiberationSans /Alt (AAAAAA+x /AAAAAA+y)>>';
    expect(rewriteHead(head, plusTen)).toBe(
      '<</BaseFont /AAAAAB+LiberationSans /Alt (AAAAAA+x /AAAAAA+y)>>',
    );
  });
});
