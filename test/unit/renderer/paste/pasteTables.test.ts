import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  richTextSchema,
  type RichBlock,
  type TextLeaf,
} from '../../../../shared/protocol/richText';
import { escapeHtml } from '../../../../shared/export/html/escape';
import { tableCellTexts } from '../../../../shared/protocol/richTextTable';
import { hostileStrings } from '../../../generate/hostileText';
import { openPastePage, type PastePage } from './pasteInChromium';
import { b, i, p } from './richTextShorthand';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/paste/${name}`, import.meta.url), 'utf8');

const cell = (...children: TextLeaf[]) => ({ type: 'table-cell' as const, children });
const row = (...cells: ReturnType<typeof cell>[]) => ({
  type: 'table-row' as const,
  children: cells,
});
const t = (text: string): TextLeaf => ({ text });

let paste: PastePage;
beforeAll(async () => {
  paste = await openPastePage();
});
afterAll(async () => {
  await paste?.close();
});

describe('pasting tables', () => {
  it('turns a Word table into a table: heading row, merged cells flattened, text kept', async () => {
    const { blocks, notice } = await paste.withNotice(fixture('word-table.html'));
    expect(blocks).toEqual([
      p('Kostnaderna fördelas så här:'),
      {
        type: 'table',
        header: true,
        children: [
          row(cell(b('Verksamhet')), cell(b('Budget 2021')), cell(b('Utfall'))),
          row(
            cell(t('Hjälpmedel & '), i('teknik')),
            cell(t('1 680 000 kr')),
            cell(t('Redovisas i juni')),
          ),
          row(cell(t('Barn och unga (placeringar)')), cell(t('2 400 000 kr')), cell(t(''))),
          row(cell(t('Summa <script>alert(1)</script>')), cell(t('')), cell(t('4 080 000 kr'))),
        ],
      },
      p('Förvaltningen följer upp i juni.'),
    ]);
    expect(richTextSchema.safeParse(blocks).success).toBe(true);
    // The table is kept; the image in it is not, and that is said.
    expect(notice).toBe('Bilden klistrades inte in. Lägg en bild som bilaga (PDF).');
  });

  it('reads a header from <thead> or <th>, and none from an ordinary first row', async () => {
    const head = await paste.html(
      '<table><thead><tr><td>A</td><td>B</td></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    );
    const th = await paste.html(
      '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
    );
    const plain = await paste.html(
      '<table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>',
    );
    expect((head[0] as { header?: boolean }).header).toBe(true);
    expect((th[0] as { header?: boolean }).header).toBe(true);
    expect((plain[0] as { header?: boolean }).header).toBeUndefined();
  });

  it('pastes a layout table of one row (an e-mail signature) as text, and says so', async () => {
    const { blocks, notice } = await paste.withNotice(
      '<table><tr><td>Erik Berg</td><td>Controller</td></tr></table>',
    );
    expect(blocks).toEqual([p('Erik Berg'), p('Controller')]);
    expect(notice).toBe('Tabellen blev text.');
  });

  it('flattens a table inside a cell into that cell', async () => {
    const blocks = await paste.html(
      '<table><tr><td>Yttre</td><td><table><tr><td>in 1</td><td>in 2</td></tr><tr><td>in 3</td><td>in 4</td></tr></table></td></tr><tr><td>x</td><td>y</td></tr></table>',
    );
    expect(blocks).toHaveLength(1);
    expect(tableCellTexts(blocks[0] as Extract<RichBlock, { type: 'table' }>)).toEqual([
      ['Yttre', 'in 1 in 2 in 3 in 4'],
      ['x', 'y'],
    ]);
  });

  it('keeps every cell of a table past the limits: more rows go on in a new table, more columns join the last cell', async () => {
    const rows = MAX_TABLE_ROWS + 5;
    const columns = MAX_TABLE_COLUMNS + 3;
    const html = `<table>${Array.from(
      { length: rows },
      (_, r) =>
        `<tr>${Array.from({ length: columns }, (_, c) => `<td>r${r}c${c}</td>`).join('')}</tr>`,
    ).join('')}</table>`;
    const blocks = await paste.html(html);
    expect(richTextSchema.safeParse(blocks).success).toBe(true);
    expect(blocks.map((x) => x.type)).toEqual(['table', 'table']);
    const texts = blocks.flatMap((x) => tableCellTexts(x as Extract<RichBlock, { type: 'table' }>));
    expect(texts).toHaveLength(rows);
    expect(texts[0]).toHaveLength(MAX_TABLE_COLUMNS);
    expect(texts[0]!.at(-1)).toBe('r0c19 r0c20 r0c21 r0c22');
    expect(texts.at(-1)![0]).toBe(`r${rows - 1}c0`);
  });

  it('keeps hostile cell text as text, within the schema, and runs nothing', async () => {
    // Control characters do not survive an HTML parser as themselves; compare the rest.
    const control = (c: string) => c.charCodeAt(0) < 0x20;
    const values = hostileStrings(23, 40, 300).map((s) =>
      [...s].map((c) => (control(c) ? ' ' : c)).join(''),
    );
    const html = `<table>${values
      .map(
        (v, k) => `<tr><td>${escapeHtml(v)}</td><td colspan="999999" rowspan="-4">${k}</td></tr>`,
      )
      .join('')}</table>`;
    const blocks = await paste.html(html);
    expect(richTextSchema.safeParse(blocks).success).toBe(true);
    const texts = tableCellTexts(blocks[0] as Extract<RichBlock, { type: 'table' }>);
    const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
    expect(texts.map((r) => squash(r[0]!))).toEqual(values.map(squash));
    // A span past the limits adds empty cells up to the column limit, never more.
    expect(texts.every((r) => r.length === MAX_TABLE_COLUMNS)).toBe(true);
    expect(texts.map((r) => r[1])).toEqual(values.map((_, k) => String(k)));
    expect(await paste.payloadFlag()).toBeUndefined();
  });
});
