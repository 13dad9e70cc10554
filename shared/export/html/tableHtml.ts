import type { TableBlock, TextRun } from '../../print/printDocument';

/**
 * A table from item text as a real HTML table, so the tagged PDF has Table, TR, TH and TD: the
 * first row in <thead> with <th scope="col"> when it holds headings (Chromium repeats it on
 * each page), the rest as <td>.
 */
export function tableHtml(b: TableBlock, runsHtml: (runs: readonly TextRun[]) => string): string {
  const row = (cells: TextRun[][], tag: 'th' | 'td') =>
    `<tr>${cells.map((c) => (tag === 'th' ? `<th scope="col">${runsHtml(c)}</th>` : `<td>${runsHtml(c)}</td>`)).join('')}</tr>`;
  const [first, ...rest] = b.rows;
  const head = b.header && first ? `<thead>${row(first, 'th')}</thead>` : '';
  const body = (b.header ? rest : b.rows).map((r) => row(r, 'td')).join('');
  return `<table class="body-table">${head}${body ? `<tbody>${body}</tbody>` : ''}</table>`;
}
