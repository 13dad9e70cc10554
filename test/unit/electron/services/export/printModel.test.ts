import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../../shared/export/html';
import { buildPrintModel, pageNumberParts, type ItemBlock } from '../../../../../shared/print';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { sampleProtocol } from './sampleProtocol';

describe('print model', () => {
  it('follows the Norrbotten layout: first page, agenda, one item per page', () => {
    const protocol = loadFixture();
    const doc = buildPrintModel(protocol);
    const kinds = doc.blocks.map((b) => b.kind);
    const firstItem = kinds.indexOf('item');
    expect(kinds.slice(0, firstItem)).toEqual([
      'facts',
      ...protocol.attendance.groups
        .filter((g) => protocol.attendance.people.some((p) => p.groupId === g.id))
        .map(() => 'attendance'),
      'signatures',
      'pageBreak',
      'agenda',
    ]);
    const items = doc.blocks.filter((b): b is ItemBlock => b.kind === 'item');
    expect(items.map((i) => i.number)).toEqual(protocol.items.map((_, i) => `§ ${46 + i}`));
    expect(items.every((i) => i.newPage)).toBe(protocol.layout.itemOnNewPage);
    expect(doc.info.title).toBe(`Protokoll – ${protocol.meeting.body} – 2020-12-16`);
  });

  it('puts signatures last when the template says so, and prints items flagged not for web', () => {
    const protocol = sampleProtocol(4);
    protocol.layout.signaturePlacement = 'last-page';
    protocol.items[2]!.notForWeb = true;
    const doc = buildPrintModel(protocol);
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.slice(-2)).toEqual(['signatures', 'notice']);
    const titles = doc.blocks.filter((b): b is ItemBlock => b.kind === 'item').map((b) => b.title);
    expect(titles).toContain(protocol.items[2]!.title);
  });

  it('orders an item as the law asks: proposal, motions, vote, decision, reservations', () => {
    const item = buildPrintModel(sampleProtocol()).blocks.find(
      (b): b is ItemBlock => b.kind === 'item' && b.id === 'i2',
    )!;
    const headings = item.blocks.map((b) =>
      b.kind === 'heading' || b.kind === 'decision'
        ? b.kind === 'heading'
          ? b.text
          : b.heading
        : null,
    );
    const order = ['Förslag till beslut', 'Yrkanden', 'Omröstning', 'Beslut', 'Bilagor'];
    expect(headings.filter((h): h is string => order.includes(h ?? ''))).toEqual(order);
    const decision = item.blocks.find((b) => b.kind === 'decision' && b.variant === 'decision');
    expect(decision).toMatchObject({
      attSatser: [
        'att informationen, med godkännande, läggs till handlingarna',
        'att återrapportera i maj',
      ],
    });
  });

  it('splits the page-number label into text and fields', () => {
    expect(pageNumberParts('Sida {page} av {pages}')).toEqual([
      { text: 'Sida ' },
      { field: 'page' },
      { text: ' av ' },
      { field: 'pages' },
    ]);
    expect(pageNumberParts('{page} ({pages})')).toEqual([
      { field: 'page' },
      { text: ' (' },
      { field: 'pages' },
      { text: ')' },
    ]);
  });
});

describe('HTML renderer', () => {
  it('is semantic, escapes what the user typed and counts pages in CSS', () => {
    const protocol = sampleProtocol();
    protocol.items[0]!.title = 'Avgifter <script>alert(1)</script> & "taxa"';
    const html = renderHtml(buildPrintModel(protocol));
    expect(html).toContain('<html lang="sv-SE">');
    expect(html).toContain('Avgifter &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;taxa&quot;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('"Sida " counter(page) " av " counter(pages)');
    expect(html).toMatch(/@page :first/);
    expect(html).toMatch(/<th scope="row">Beatrice Öhman \(S\), Boden, ordförande<\/th>/);
    expect(html).toMatch(/<h1><span class="item-number">§ 46<\/span>/);
  });
});
