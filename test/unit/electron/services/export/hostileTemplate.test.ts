import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { createOwnTemplates } from '../../../../../electron/services/templates/ownTemplates';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import { templateFileText } from '../../../../../shared/template/parseTemplate';
import { templateSchema } from '../../../../../shared/template/templateSchema';
import { hostileTemplate } from '../../../../generate/hostileTemplate';
import { pngLogo } from '../../../../generate/pngLogo';
import {
  breakoutVariants,
  missingHostileTexts,
  plantMarkers,
  printedHostileTexts,
} from './hostilePayloads';
import { templateDraft } from './templateDraft';

let dir: string;
let service: ExportService;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-hostile-template-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
});
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Header fields share 44 mm with the logo: one line each, so the header stays above the body. */
const HEADER_TEXT = new Set([
  'documentKind',
  'labels.documentKind',
  'labels.meetingDate',
  'labels.pageNumber',
]);

describe('a template file from a stranger', () => {
  it('imports, makes a protokoll and prints every hostile word as text', async () => {
    const markers = plantMarkers(dir);
    const variants = breakoutVariants(markers);
    const base = templateSchema.parse({
      ...getTemplate('kommunal-namnd')!,
      id: 'fran-annan-kommun',
      branding: {
        organisation: 'Organisation',
        logo: { png: pngLogo(300, 150).toString('base64') },
      },
    });
    const { template, values } = hostileTemplate(base, (tag, path) =>
      HEADER_TEXT.has(path)
        ? variants(tag, path).filter((v) => !v.includes('\n'))
        : variants(tag, path),
    );
    expect(values.size).toBeGreaterThan(80);
    for (const path of ['labels.presenters', 'branding.organisation', 'attendanceGroups.0.label'])
      expect(values.has(path)).toBe(true);

    const file = join(dir, 'hostile.template.json');
    writeFileSync(file, templateFileText(template));
    mkdirSync(join(dir, 'library'));
    const own = createOwnTemplates({ root: () => join(dir, 'library') });
    const imported = await own.importFile(file);
    expect(imported).toEqual(template);

    const protocol = templateDraft(imported);
    const texts = printedHostileTexts(protocol);
    expect(texts.furniture.length).toBeGreaterThan(3);
    const pdf = join(dir, 'hostile-template.pdf');
    await service.exportPdf(protocol, pdf);
    expect(missingHostileTexts(pdf, texts, 44)).toEqual([]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).not.toContain(markers.secret);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    for (const row of images) expect(row.trim().split(/\s+/).slice(3, 5)).toEqual(['300', '150']);
  });
});
