import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import { FONT_FILES } from '../../../../../electron/services/export/fontSources';
import { renderHtml } from '../../../../../shared/export/html';
import { buildPrintModel } from '../../../../../shared/print';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';
import {
  bareText,
  breakoutVariants,
  imageCount,
  missingHostileTexts,
  plantMarkers,
  printedHostileTexts,
  type Markers,
} from './hostilePayloads';

let dir: string;
let markers: Markers;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-hostile-'));
  markers = plantMarkers(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hostile = () => hostileProtocol(filledProtocol(), breakoutVariants(markers));

describe('hostile text in every field', () => {
  it('reaches most fields, labels included', () => {
    const { values } = hostile();
    expect(values.size).toBeGreaterThan(100);
    expect(values.has('meeting.body')).toBe(true);
    expect(values.has('labels.footerAdjusterSignature')).toBe(true);
    expect(values.has('items.0.body.0.children.0.text')).toBe(true);
  });

  it('stays text in the HTML: no markup of its own, nothing but escapes in the style sheets', () => {
    const html = renderHtml(buildPrintModel(hostile().protocol));
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(2);
    // A "<" in a style sheet is always user text: the renderer writes none.
    for (const css of styles) expect(css).not.toContain('<');
    // Every tag in the page is one the renderer writes.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!));
    const written =
      'html head meta title style body main section header h1 h2 p span ul ol li table tbody tr th td div b i u';
    expect([...tags].filter((t) => !written.split(' ').includes(t))).toEqual([]);
    // Strings in the CSS are closed where the renderer closes them: every quote is an escape.
    const content = [...styles[1]!.matchAll(/content: ([^;]*);/g)].map((m) => m[1]!);
    for (const value of content)
      expect(value).toMatch(
        /^(("([^"\\\n]|\\[0-9a-fA-F]+ ?|\\A )*")|counter\((page|pages)\)|none|\s)+$/,
      );
  });

  it('prints every value literally in the PDF, and nothing from the disk', async () => {
    const requests: { url: string; served: boolean }[] = [];
    const engine = createChromiumPdfEngine({
      onRequest: (url, served) => requests.push({ url, served }),
    });
    const service = createExportService({ engine });
    try {
      const { protocol } = hostile();
      const pdf = join(dir, 'hostile.pdf');
      await service.exportPdf(protocol, pdf);
      const texts = printedHostileTexts(protocol);
      expect(texts.body.length).toBeGreaterThan(100);
      expect(texts.furniture.length).toBeGreaterThan(5);
      expect(missingHostileTexts(pdf, texts)).toEqual([]);
      expect(bareText(pdf)).not.toContain(markers.secret.toLowerCase());
      expect(imageCount(pdf)).toBe(0);
      // The page asked for itself and the shipped fonts only.
      expect(requests.filter((r) => !r.served)).toEqual([]);
      const files = new Set<string>(Object.values(FONT_FILES));
      const fonts = requests.filter((r) => r.url.includes('/fonts/'));
      for (const r of fonts) expect(files.has(r.url.split('/').pop()!)).toBe(true);
      expect(requests.length - fonts.length).toBe(1);
    } finally {
      await service.close();
    }
  }, 120_000);

  it('runs nothing from the organ in the page header (the reported attack)', async () => {
    const engine = createChromiumPdfEngine();
    const service = createExportService({ engine });
    try {
      const base = filledProtocol();
      const read = `var r=new XMLHttpRequest();r.open('GET','${markers.textUrl}',false);r.send();document.body.textContent=r.responseText`;
      // A missing image, so that onerror fires wherever script could run.
      const body = `</style><img src="${markers.imageUrl}.x" onerror="${read}">`;
      expect(body.length).toBeLessThanOrEqual(300);
      const pdf = join(dir, 'organ.pdf');
      await service.exportPdf({ ...base, meeting: { ...base.meeting, body } }, pdf);
      const text = bareText(pdf);
      expect(text).not.toContain(markers.secret.toLowerCase());
      expect(text).toContain(body.replace(/\s+/g, '').toLowerCase());
      expect(imageCount(pdf)).toBe(0);
    } finally {
      await service.close();
    }
  }, 120_000);
});
