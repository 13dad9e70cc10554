import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { OUTPUTS } from '../../../../../shared/outputs';
import { buildPrintModel } from '../../../../../shared/print';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import { templateSchema, type Template } from '../../../../../shared/template/templateSchema';
import { protocolSchema } from '../../../../../shared/protocol';
import { pngLogo } from '../../../../generate/pngLogo';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';
import {
  breakoutVariants,
  missingHostileTexts,
  plantMarkers,
  printedHostileTexts,
} from './hostilePayloads';
import { flat, pageTexts } from './pdfTools';
import { templateDraft } from './templateDraft';

let dir: string;
let service: ExportService;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-branding-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
});

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

const LOGO = pngLogo(300, 150).toString('base64');

/** The kommunal template as a kansli makes it its own: a logo, its name, other words. */
function ownTemplate(): Template {
  const base = structuredClone(getTemplate('kommunal-namnd')!);
  return templateSchema.parse({
    ...base,
    id: 'egen-mall',
    name: 'Egen mall',
    branding: { organisation: 'Exempelkommunens kansli', logo: { png: LOGO } },
    labels: { ...base.labels, presenters: 'Föredragande', pageNumber: '{page} ({pages})' },
  });
}

const pdfImages = (pdf: string) =>
  execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/));

describe('a template with a logo and its own words', () => {
  it('prints the logo and the organisation on every PDF page, with its labels', async () => {
    const protocol = templateDraft(ownTemplate());
    protocol.items[0]!.presenters = ['Kim Ek'];
    const pdf = join(dir, 'egen.pdf');
    await service.exportPdf(protocol, pdf);
    const pages = pageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const images = pdfImages(pdf);
    // One image per page, the logo's own pixels (page, num, type, width, height …).
    expect(images.map((row) => Number(row[0]))).toEqual(pages.map((_, i) => i + 1));
    for (const row of images) expect([row[3], row[4]]).toEqual(['300', '150']);
    pages.forEach((text, i) => {
      expect(flat(text)).toContain('Exempelkommunens kansli');
      expect(flat(text)).toContain(`${i + 1} (${pages.length})`);
    });
    expect(flat(pages.join(' '))).toContain('Föredragande Kim Ek');
  });

  it('prints them on a first page with a title block too', async () => {
    const t = ownTemplate();
    const protocol = templateDraft({
      ...t,
      layout: { ...t.layout, firstPageHeaderDifferent: true },
    });
    const pdf = join(dir, 'title-block.pdf');
    await service.exportPdf(protocol, pdf);
    const pages = pageTexts(pdf);
    expect(pdfImages(pdf).map((row) => Number(row[0]))).toEqual(pages.map((_, i) => i + 1));
    expect(flat(pages[0]!)).toContain('Exempelkommunens kansli');
    expect(flat(pages[0]!)).toContain(`1 (${pages.length})`);
  });

  it('puts the same logo and organisation in the DOCX headers', async () => {
    const protocol = templateDraft(ownTemplate());
    const docx = join(dir, 'egen.docx');
    await service.exportDocx(protocol, docx);
    const names = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' }).split('\n');
    const media = names.filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(execFileSync('unzip', ['-p', docx, media[0]!])).toEqual(pngLogo(300, 150));
    const headers = names.filter((n) => /^word\/header\d+\.xml$/.test(n));
    const xml = headers.map((h) => execFileSync('unzip', ['-p', docx, h], { encoding: 'utf8' }));
    expect(xml.some((x) => x.includes('<a:blip') && x.includes('Exempelkommunens kansli'))).toBe(
      true,
    );
  });

  it('heads every document made from the protokoll (kallelse, utdrag, anslagsbevis …)', () => {
    const protocol = templateDraft(ownTemplate());
    const itemIds = [protocol.items[0]!.id];
    for (const row of OUTPUTS) {
      const { header } = row.build(protocol, { itemIds }).furniture;
      expect([row.kind, header.organisation, header.logo?.png]).toEqual([
        row.kind,
        'Exempelkommunens kansli',
        LOGO,
      ]);
    }
  });

  it('leaves out a logo that is not a PNG instead of printing it', () => {
    const protocol = templateDraft(ownTemplate());
    // No parser lets such a file in; the print model checks again all the same.
    protocol.branding!.logo!.png = Buffer.from('<svg/>').toString('base64');
    const { header } = buildPrintModel(protocol).furniture;
    expect(header.logo).toBeUndefined();
    expect(header.organisation).toBe('Exempelkommunens kansli');
  });
});

const HEADER_TEXT = new Set([
  'meeting.documentKind',
  'meeting.body',
  'labels.documentKind',
  'labels.meetingDate',
  'labels.pageNumber',
]);

describe('hostile words in a template with a logo', () => {
  it('prints every hostile value as text and no image but the logo', async () => {
    const markers = plantMarkers(dir);
    const base = protocolSchema.parse({
      ...filledProtocol(),
      branding: { organisation: 'Organisation', logo: { png: LOGO } },
    });
    // The logo takes 12 mm of the header: its text fields get one line each, so a two-line
    // organ does not push the header into the body text this test reads.
    const variants = breakoutVariants(markers);
    const { protocol, values } = hostileProtocol(base, (tag, path) =>
      HEADER_TEXT.has(path)
        ? variants(tag, path).filter((v) => !v.includes('\n'))
        : variants(tag, path),
    );
    expect(values.has('branding.organisation')).toBe(true);
    expect(values.has('branding.logo.png')).toBe(false);
    const pdf = join(dir, 'hostile-logo.pdf');
    await service.exportPdf(protocol, pdf);
    expect(missingHostileTexts(pdf, printedHostileTexts(protocol), 44)).toEqual([]);
    const images = pdfImages(pdf);
    expect(images.length).toBe(pageTexts(pdf).length);
    for (const row of images) expect([row[3], row[4]]).toEqual(['300', '150']);
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).not.toContain(
      markers.secret,
    );
  });
});
