import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import { drawableText, undrawableCharacters } from '../../../../../shared/export/fontCoverage';
import { SHIPPED_FONT_RANGES } from '../../../../../shared/export/fontCoverage.generated';
import type { Protocol } from '../../../../../shared/protocol';
import { validateProtocol } from '../../../../../shared/validation/validateProtocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';
import { shippedFontCoverage } from '../../../../tools/shippedFontCoverage';
import { flat, pageTexts, pdfFonts } from './pdfTools';

/** Emoji (also a joined sequence), Chinese, Japanese, Korean and a rare symbol. */
const FOREIGN = ['😀', '👩‍💻', '议', 'の', '한', '𝄞'];
const withForeign = (): Protocol =>
  hostileProtocol(filledProtocol(), (tag) => [`${tag} ${FOREIGN.join(' ')} ${tag}`]).protocol;

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'paragraf-glyphs-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('characters the shipped font cannot draw', () => {
  it('are known from the font files themselves (the generated list matches their cmap)', () => {
    expect(SHIPPED_FONT_RANGES.map(([a, b]) => [a, b])).toEqual(shippedFontCoverage());
  });

  it('are what the coverage says: Swedish text is drawable, emoji and CJK are not', () => {
    expect(undrawableCharacters('Åsa Öberg – ”Beslut” § 46 € ½ é')).toEqual([]);
    expect(undrawableCharacters(`a${FOREIGN.join('')}b`)).toEqual([
      '😀',
      '👩',
      '💻',
      '议',
      'の',
      '한',
      '𝄞',
    ]);
    // Tab, line breaks and invisible joiners need no glyph.
    expect(undrawableCharacters('a\tb\nc\u200dd\ufeff')).toEqual([]);
    expect(drawableText('Möte 😀 議')).toBe('Möte ? ?');
  });

  it('get a warning naming the field, and a file without them gets none', () => {
    expect(
      validateProtocol(loadFixture()).filter((w) => w.code === 'unsupported-character'),
    ).toEqual([]);
    const protocol = withForeign();
    const warnings = validateProtocol(protocol).filter((w) => w.code === 'unsupported-character');
    expect(warnings.length).toBeGreaterThan(100);
    const item = protocol.items[0]!;
    const title = warnings.find((w) => w.location.kind === 'item' && w.location.field === 'title');
    expect(title?.location.id).toBe(item.id);
    expect(title?.sv).toMatch(/ 101 .*, rubriken: tecknen .* finns inte i typsnittet/);
    expect(title?.sv).toContain('"😀" (U+1F600)');
    const organ = warnings.find(
      (w) => w.location.kind === 'meeting' && w.location.field === 'body',
    );
    expect(organ?.sv).toMatch(/^Organ: tecknen "😀" \(U\+1F600\), /);
    const person = protocol.attendance.people[0]!;
    expect(warnings.some((w) => w.location.kind === 'person' && w.location.id === person.id)).toBe(
      true,
    );
  });

  it('print as "?" with the shipped font only: no font of the machine enters the PDF', async () => {
    const service = createExportService({ engine: createChromiumPdfEngine() });
    try {
      const pdf = join(dir, 'foreign.pdf');
      const protocol = withForeign();
      await service.exportPdf(protocol, pdf);
      const fonts = pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      for (const f of fonts) expect(f.name).toMatch(/^[A-Z]{6}\+LiberationSans/);
      expect(flat(pageTexts(pdf).join(' '))).toContain(
        // The joiner inside 👩‍💻 is in the font and stays between its two question marks.
        `${protocol.items[0]!.title.split(' ')[0]} ? ?\u200d? ? ? ? ?`,
      );
    } finally {
      await service.close();
    }
  }, 120_000);
});
