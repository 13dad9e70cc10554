import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import type { Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { checkExport, flat, pageTexts, pdfInfo } from './pdfTools';

let dir: string;
let service: ExportService;
let protocol: Protocol;
let webText: string;
let fullText: string;
const webPdf = () => join(dir, 'web.pdf');

const WITHHELD_TEXT = 'Eleven Kalle Svensson har beviljats skolskjuts';
const REASON = 'OSL 23 kap. 2 §';

/** The fixture with one item withheld from the web and personnummer typed into another. */
function draft(): Protocol {
  const p = loadFixture();
  const withheld = p.items[2]!;
  withheld.notForWeb = true;
  withheld.notForWebReason = REASON;
  withheld.body = [{ type: 'paragraph', children: [{ text: `${WITHHELD_TEXT} 100312-1236.` }] }];
  p.items[3]!.body = [
    ...p.items[3]!.body,
    { type: 'paragraph', children: [{ text: 'Sökande 19811228-9874 och 701063-2391 hörs.' }] },
  ];
  return p;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-webpdf-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
  protocol = draft();
  await service.exportPdf(protocol, webPdf(), { document: 'webbversion' });
  await service.exportPdf(protocol, join(dir, 'full.pdf'));
  webText = flat(pageTexts(webPdf()).join(' '));
  fullText = flat(pageTexts(join(dir, 'full.pdf')).join(' '));
}, 300_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('web version PDF', () => {
  it('prints the placeholder instead of the withheld item, keeping its title', () => {
    expect(webText).toContain(`${protocol.labels.notForWeb} (${REASON})`);
    expect(webText).toContain(flat(protocol.items[2]!.title));
    expect(webText).not.toContain(WITHHELD_TEXT);
    expect(fullText).toContain(WITHHELD_TEXT);
  });

  it('contains no personnummer typed in the draft, masked where they stood', () => {
    for (const pnr of ['100312-1236', '19811228-9874', '811228-9874', '701063-2391']) {
      expect(fullText).toContain(pnr);
      expect(webText).not.toContain(pnr);
    }
    expect(webText).toContain('Sökande ÅÅÅÅMMDD-XXXX och ÅÅMMDD-XXXX hörs.');
  });

  it('still prints the other items and the attendance', () => {
    const others = protocol.items.filter((i) => !i.notForWeb);
    for (const item of others) expect(webText).toContain(flat(item.title));
    for (const item of others)
      for (const att of item.decision?.attSatser ?? []) expect(webText).toContain(flat(att));
    for (const person of protocol.attendance.people) expect(webText).toContain(flat(person.name));
  });

  it('is tagged, in Swedish, titled as the web version and passes check-export.sh', () => {
    const info = pdfInfo(webPdf());
    const { meeting } = protocol;
    expect(info.Title).toBe(`Protokoll – ${meeting.body} – ${meeting.date} (webbversion)`);
    expect(info.Tagged).toBe('yes');
    expect(readFileSync(webPdf(), 'latin1')).toMatch(/\/Lang \(sv-SE\)/);
    const check = checkExport(webPdf());
    expect(check.output).not.toMatch(/FAIL/);
    expect(check.status).toBe(0);
  });
});
