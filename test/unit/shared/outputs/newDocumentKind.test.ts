import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../electron/services/export/exportService';
import { OUTPUTS, type OutputRow } from '../../../../shared/outputs';
import { buildPrintModel } from '../../../../shared/print';
import { loadFixture } from '../../../fixtures/loadFixture';
import { checkExport, flat, pageTexts } from '../../electron/services/export/pdfTools';

/**
 * A document kind added the way docs/architecture.md says: one row and its build function.
 * Here, a list of the items' titles only ("Ärendelista").
 */
const itemList: OutputRow = {
  kind: 'arendelista',
  label: 'Ärendelista',
  formats: ['pdf', 'docx'],
  takes: ['items'],
  fileName: (_p, format) => `Ärendelista.${format}`,
  build: (protocol, { itemIds }) => {
    const model = buildPrintModel(protocol);
    const wanted = (id: string) => !itemIds || itemIds.includes(id);
    const titles = protocol.items.filter((i) => wanted(i.id)).map((i) => i.title);
    return {
      ...model,
      furniture: {
        ...model.furniture,
        header: { ...model.furniture.header, documentKind: 'Ärendelista' },
      },
      blocks: [
        { kind: 'heading', level: 1, text: 'Ärendelista' },
        ...titles.map((text) => ({
          kind: 'paragraph' as const,
          role: 'body' as const,
          runs: [{ text }],
        })),
      ],
    };
  },
  commands: { pdf: { id: 'export-item-list', label: 'Exportera ärendelista…' } },
  progress: { pdf: 'Skapar ärendelista…' },
};

let dir: string;
let service: ExportService;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-new-kind-'));
  service = createExportService({
    engine: createChromiumPdfEngine(),
    outputs: [...OUTPUTS, itemList],
  });
});
afterAll(async () => {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new document kind', () => {
  it('exports through the export service from its row alone, with its own header and page numbers', async () => {
    const protocol = loadFixture();
    const [first, second] = protocol.items;
    const pdf = join(dir, 'lista.pdf');
    await service.exportDocument(
      protocol,
      { document: 'arendelista', format: 'pdf', itemIds: [second!.id] },
      pdf,
    );
    const text = flat(pageTexts(pdf).join('\n'));
    expect(text).toContain('Ärendelista');
    expect(text).toContain(flat(second!.title));
    expect(text).not.toContain(flat(first!.title));
    expect(checkExport(pdf).status).toBe(0);
  });

  it('refuses a kind the table does not have', async () => {
    await expect(
      service.exportDocument(
        loadFixture(),
        { document: 'okand', format: 'pdf' },
        join(dir, 'x.pdf'),
      ),
    ).rejects.toMatchObject({ code: 'format-not-offered' });
  });
});
