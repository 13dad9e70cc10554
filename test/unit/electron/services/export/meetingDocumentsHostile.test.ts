import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import { servingByItem } from '../../../../../shared/protocol/participation';
import { blockText, itemIdByNumber, type Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { flat, libreOfficeToPdf, pageTexts } from './pdfTools';
import { makeHostile } from './hostileText';

let dir: string;
let protocol: Protocol;
/** Document kind → [PDF text, LibreOffice's text of the DOCX]. */
const texts = new Map<string, [string, string]>();
const SEED = 14;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-hostile-docs-'));
  protocol = loadFixture();
  makeHostile(protocol, SEED);
  protocol.status = 'justerat';
  protocol.signatures.adjustmentDate = '2020-12-18';
  const service = createExportService({ engine: createChromiumPdfEngine() });
  const itemIds = [itemIdByNumber(protocol, '49')!];
  const docx: string[] = [];
  try {
    for (const document of ['kallelse', 'utdrag', 'anslagsbevis']) {
      for (const format of ['pdf', 'docx'] as const) {
        const out = join(dir, `${document}.${format}`);
        await service.exportDocument(protocol, { document, format, itemIds }, out);
        if (format === 'docx') docx.push(out);
      }
    }
  } finally {
    await service.close();
  }
  const loDir = join(dir, 'lo');
  mkdirSync(loDir);
  const rendered = libreOfficeToPdf(docx, loDir);
  ['kallelse', 'utdrag', 'anslagsbevis'].forEach((document, i) => {
    const pdf = flat(pageTexts(join(dir, `${document}.pdf`)).join(' '));
    texts.set(document, [pdf, flat(pageTexts(rendered[i]!).join(' '))]);
  });
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectLiteral(document: string, values: string[]): void {
  const [pdf, docx] = texts.get(document)!;
  for (const value of values) {
    expect(pdf, `${document}.pdf`).toContain(flat(value));
    expect(docx, `${document}.docx`).toContain(flat(value));
  }
}

const plainTexts = (p: Protocol['items'][number]) =>
  p.body.flatMap((b) => blockText(b).split('\n'));

describe('HTML, CSS and XML breakouts in what the secretary typed', () => {
  it('are printed literally in the kallelse', () => {
    expectLiteral('kallelse', [
      protocol.meeting.body,
      protocol.meeting.place,
      ...protocol.items.flatMap((i) => [
        i.title,
        ...i.presenters,
        ...i.documents,
        ...plainTexts(i),
        ...(i.proposal ? [i.proposal.intro, ...i.proposal.attSatser] : []),
      ]),
    ]);
  });

  it('are printed literally in the protokollsutdrag, names of those who took part included', () => {
    const index = protocol.items.findIndex((i) => i.id === itemIdByNumber(protocol, '49'));
    const i49 = protocol.items[index]!;
    const byId = new Map(protocol.attendance.people.map((p) => [p.id, p]));
    const names = servingByItem(protocol)[index]!.serving.map((s) => byId.get(s.personId)!.name);
    expectLiteral('utdrag', [
      protocol.meeting.body,
      i49.title,
      ...i49.presenters,
      ...i49.documents,
      ...plainTexts(i49),
      ...(i49.decision ? [i49.decision.intro, ...i49.decision.attSatser] : []),
      ...i49.distribution,
      ...names,
    ]);
  });

  it('are printed literally in the anslagsbevis', () => {
    expectLiteral('anslagsbevis', [
      protocol.meeting.body,
      protocol.notice.storageLocation,
      protocol.notice.certifiedBy,
    ]);
  });
});
