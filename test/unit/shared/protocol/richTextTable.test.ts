import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../shared/export/html';
import { buildPrintModel } from '../../../../shared/print';
import { webVersion } from '../../../../shared/print/webVersion';
import type { Protocol } from '../../../../shared/protocol';
import { findMatches, replaceAll } from '../../../../shared/protocol/findReplace';
import { parseProtocolText, serializeProtocol } from '../../../../shared/protocol/parse';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  richTextSchema,
  type Table,
} from '../../../../shared/protocol/richText';
import { plainText } from '../../../../shared/protocol/richTextHelpers';
import { tableCellTexts, tablesFromCells } from '../../../../shared/protocol/richTextTable';
import { itemRecordsOf } from '../../../../shared/search/itemRecords';
import { loadFixture } from '../../../fixtures/loadFixture';
import { hostileStrings } from '../../../generate/hostileText';

const BUDGET = [
  ['Verksamhet', 'Budget'],
  ['Hjälpmedel', '1 680 000 kr'],
  ['Barn och unga', '2 400 000 kr'],
];

function withTable(cells: string[][], header = true): Protocol {
  const p = loadFixture();
  const [table] = tablesFromCells(cells, header);
  p.items[3]!.body = [{ type: 'paragraph', children: [{ text: 'Fördelning:' }] }, table!];
  return p;
}

describe('tables in item text', () => {
  it('are built from string[][], padded to the widest row', () => {
    const [table] = tablesFromCells([['a', 'b', 'c'], ['d']], true);
    expect(table).toEqual({
      type: 'table',
      header: true,
      children: [
        { type: 'table-row', children: ['a', 'b', 'c'].map((text) => cell(text)) },
        { type: 'table-row', children: ['d', '', ''].map((text) => cell(text)) },
      ],
    });
    expect(tablesFromCells([])).toEqual([]);
  });

  it('keep every cell past the limits, within the schema', () => {
    const cells = Array.from({ length: MAX_TABLE_ROWS * 2 + 1 }, (_, r) =>
      Array.from({ length: MAX_TABLE_COLUMNS + 2 }, (_, c) => `${r}.${c}`),
    );
    const tables = tablesFromCells(cells, true);
    expect(tables).toHaveLength(3);
    expect(richTextSchema.safeParse(tables).success).toBe(true);
    expect(tables.map((t) => t.header)).toEqual([true, undefined, undefined]);
    const texts = tables.flatMap(tableCellTexts);
    expect(texts.map((r) => r[0])).toEqual(cells.map((r) => r[0]));
    expect(texts[0]!.at(-1)).toBe('0.19 0.20 0.21');
  });

  it('are refused by the schema past the limits, so a stranger’s file cannot hold a huge one', () => {
    const [table] = tablesFromCells([['x']]);
    const wide: Table = {
      ...table!,
      children: [{ type: 'table-row', children: Array(MAX_TABLE_COLUMNS + 1).fill(cell('x')) }],
    };
    const long: Table = { ...table!, children: Array(MAX_TABLE_ROWS + 1).fill(table!.children[0]) };
    expect(richTextSchema.safeParse([wide]).success).toBe(false);
    expect(richTextSchema.safeParse([long]).success).toBe(false);
  });

  it('survive saving and loading, and files without tables load as before', () => {
    const p = withTable(BUDGET);
    const loaded = parseProtocolText(serializeProtocol(p));
    expect(loaded.ok && loaded.value.items[3]!.body).toEqual(p.items[3]!.body);
    const old = loadFixture();
    expect(old.items.length).toBeGreaterThan(0);
  });

  it('are seen by search, find and replace', () => {
    const p = withTable(BUDGET);
    expect(plainText(p.items[3]!.body)).toContain('Hjälpmedel\t1 680 000 kr');
    const record = itemRecordsOf(p).find((r) => r.itemId === p.items[3]!.id)!;
    expect(record.text).toContain('Barn och unga');
    expect(findMatches(p, 'barn och unga')).toEqual([
      { location: { kind: 'item', id: p.items[3]!.id, field: 'body' }, count: 1 },
    ]);
    const { protocol, count } = replaceAll(p, 'Barn och unga', 'Unga');
    expect(count).toBe(1);
    expect(tableCellTexts(protocol.items[3]!.body[1] as Table)[2]![0]).toBe('Unga');
  });

  it('print as a real table: the heading row as <th scope="col"> in <thead>, the rest as <td>', () => {
    const html = renderHtml(buildPrintModel(withTable(BUDGET)));
    expect(html).toContain(
      '<table class="body-table"><thead><tr><th scope="col">Verksamhet</th><th scope="col">Budget</th></tr></thead><tbody><tr><td>Hjälpmedel</td><td>1 680 000 kr</td></tr>',
    );
    const noHeader = renderHtml(buildPrintModel(withTable(BUDGET, false)));
    expect(noHeader).toContain('<table class="body-table"><tbody><tr><td>Verksamhet</td>');
  });

  it('escape every hostile cell text in the HTML and mask personnummer in the web version', () => {
    const values = hostileStrings(31, 60, 400);
    const cells = values.map((v, i) => [v, `${i}`]);
    const p = withTable([['Text', 'Nr'], ...cells, ['Elev 100312-1236', 'x']]);
    const model = buildPrintModel(p);
    const html = renderHtml(model);
    const body = html.slice(html.indexOf('<table class="body-table">'));
    const table = body.slice(0, body.indexOf('</table>') + 8);
    // Only the renderer's own tags inside the table.
    const tags = new Set([...table.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!));
    expect([...tags].sort()).toEqual(['table', 'tbody', 'td', 'th', 'thead', 'tr']);
    expect(table.match(/<tr>/g)).toHaveLength(cells.length + 2);
    const web = renderHtml(webVersion(p, model));
    expect(html).toContain('100312-1236');
    expect(web).not.toContain('100312-1236');
  });
});

function cell(text: string) {
  return { type: 'table-cell' as const, children: [{ text }] };
}
