import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { buildPrintModel, type ItemBlock } from '../../../../../shared/print';
import { parseProtocolText, type Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { flat, libreOfficeToPdf, pageTexts } from './pdfTools';

/** The fixture justerat, with one correction to its third item and one to the whole protokoll. */
function corrected(): Protocol {
  const p = loadFixture();
  p.status = 'justerat';
  p.corrections = [
    {
      date: '2021-01-05',
      itemId: p.items[2]!.id,
      text: 'Beloppet rättat till 12 000 kr.',
      by: 'Eva Sekreterare',
    },
    { date: '2021-01-07', text: 'Stavning av en ledamots namn rättad.', by: '' },
  ];
  return p;
}

const itemsOf = (p: Protocol) =>
  buildPrintModel(p).blocks.filter((b): b is ItemBlock => b.kind === 'item');
const textOf = (b: { runs: { text: string }[] }) => b.runs.map((r) => r.text).join('');

describe('corrections in the print model', () => {
  it('prints nothing extra for a protokoll without corrections', () => {
    const p = loadFixture();
    const texts = JSON.stringify(buildPrintModel(p));
    expect(texts).not.toContain('Rättelser');
    expect(texts).not.toContain('Rättad');
  });

  it('notes the correction under the corrected item and lists all at the end', () => {
    const p = corrected();
    const model = buildPrintModel(p);
    const items = itemsOf(p);
    const first = items[2]!.blocks[0]!;
    expect(first.kind === 'paragraph' && textOf(first)).toBe('Rättad 2021-01-05, se Rättelser');
    // Other items carry no note.
    expect(items.filter((i) => JSON.stringify(i).includes('Rättad'))).toHaveLength(1);
    const tail = model.blocks.slice(-3);
    expect(tail[0]).toEqual({ kind: 'heading', level: 1, text: 'Rättelser' });
    const lines = tail.slice(1).map((b) => (b.kind === 'paragraph' ? textOf(b) : ''));
    expect(lines).toEqual([
      `2021-01-05, ${items[2]!.number} ${p.items[2]!.title}: Beloppet rättat till 12 000 kr. (Eva Sekreterare)`,
      '2021-01-07, Hela protokollet: Stavning av en ledamots namn rättad.',
    ]);
  });

  it('keeps a file saved before corrections existed valid, with Swedish default labels', () => {
    const p = loadFixture() as Partial<Protocol> & Record<string, unknown>;
    delete p.corrections;
    const labels = { ...p.labels } as Record<string, unknown>;
    delete labels.correctionsHeading;
    delete labels.correctedNote;
    delete labels.correctionWholeProtocol;
    const parsed = parseProtocolText(JSON.stringify({ ...p, labels }));
    expect(parsed.ok && parsed.value.corrections).toEqual([]);
    expect(parsed.ok && parsed.value.labels.correctionsHeading).toBe('Rättelser');
  });
});

describe('corrections in the exported files', () => {
  let dir: string;
  let service: ExportService;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paragraf-corrections-'));
    service = createExportService({ engine: createChromiumPdfEngine() });
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the Rättelser block and the note in the PDF and in the DOCX', async () => {
    const p = corrected();
    const pdf = join(dir, 'corrected.pdf');
    const docx = join(dir, 'corrected.docx');
    await service.exportPdf(p, pdf);
    await service.exportDocx(p, docx);
    const [docxPdf] = libreOfficeToPdf([docx], dir);
    for (const file of [pdf, docxPdf!]) {
      const pages = pageTexts(file);
      const last = flat(pages.at(-1)!);
      expect(last).toContain('Rättelser');
      expect(last).toContain('Beloppet rättat till 12 000 kr. (Eva Sekreterare)');
      expect(last).toContain('2021-01-07, Hela protokollet: Stavning av en ledamots namn rättad.');
      const noted = pages.filter((page) => flat(page).includes('Rättad 2021-01-05, se Rättelser'));
      expect(noted).toHaveLength(1);
      expect(flat(noted[0]!)).toContain(p.items[2]!.title);
    }
  }, 180_000);
});
