import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { templateFromWordOutline } from '../../../../../electron/services/templates/templateFromWord';
import { readWordOutline } from '../../../../../electron/services/wordImport/wordOutline';
import { blockText } from '../../../../../shared/protocol';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import { templateSchema } from '../../../../../shared/template/templateSchema';
import { loadFixture } from '../../../../fixtures/loadFixture';

const noEngine: PdfEngine = {
  htmlToPdf: () => Promise.reject(new Error('not used')),
  close: () => Promise.resolve(),
};

let dir: string;
let docx: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-word-outline-'));
  docx = join(dir, 'protokoll.docx');
  const protocol = loadFixture();
  // This body's own words, which the template made from the file must take over.
  protocol.labels.presenters = 'Information lämnas av';
  await createExportService({ engine: noEngine }).exportDocx(protocol, docx);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Skapa mall från Word-protokoll', () => {
  it("takes the file's words and the items every meeting has, not the meeting's own items", async () => {
    const fixture = loadFixture();
    const outline = await readWordOutline(docx);
    expect(outline.labels?.presenters).toBe('Information lämnas av');
    const titles = (outline.items ?? []).map((i) => i.title);
    expect(titles).toContain('Val av justerare');
    // Items of this meeting only (e.g. § 49's own subject) are not recurring ones.
    const own = fixture.items.find((i) => i.decision && !/justerare|dagordning/i.test(i.title));
    expect(own).toBeDefined();
    expect(titles).not.toContain(own!.title);
    const justerare = fixture.items.find((i) => i.title === 'Val av justerare')!;
    const body = justerare.body.map(blockText).join('\n');
    expect(outline.items!.find((i) => i.title === 'Val av justerare')!.body).toBe(body);
  });

  it('gives a template the schema accepts, on the built-in template the file matched', async () => {
    const outline = await readWordOutline(docx);
    expect(outline.baseTemplateId).toBe(loadFixture().templateId);
    const base = getTemplate(outline.baseTemplateId!)!;
    const template = templateSchema.parse(templateFromWordOutline(base, outline, 'Från Word'));
    expect(template.labels.presenters).toBe('Information lämnas av');
    expect(template.items.map((i) => i.title)).toContain('Val av justerare');
  });
});
