import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import type { OutputFormat } from '../../../../../shared/outputs';
import {
  itemIdByNumber,
  newItem,
  protocolFromKallelse,
  type Protocol,
  blockText,
} from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { checkExport, flat, libreOfficeToPdf, pageTexts, wrongPageNumbers } from './pdfTools';

let dir: string;
let service: ExportService;
/** Text of each exported file: the PDF by pdftotext, the DOCX as LibreOffice renders it. */
const texts = new Map<string, string>();
const pages = new Map<string, string[]>();
const files = new Map<string, string>();
/** DOCX file → LibreOffice's PDF of it. */
const rendered = new Map<string, string>();

/** The fixture as justerat, with the anslag filled in. */
function adjusted(): Protocol {
  const p = loadFixture();
  p.status = 'justerat';
  p.signatures.adjustmentDate = '2020-12-18';
  p.notice.postedDate = '2020-12-19';
  p.notice.removalDate = '2021-01-09';
  p.notice.storageLocation = 'Regionhuset, Luleå';
  p.notice.certifiedBy = 'Maria Lindström, sekreterare';
  return p;
}

/** The kallelse became the protokoll, and one item was added at the meeting after § 55. */
function fromKallelse(): Protocol {
  const kallelse = loadFixture();
  kallelse.status = 'kallelse';
  const p = protocolFromKallelse(kallelse, new Date('2020-12-16T09:00:00Z'));
  p.items.push(
    newItem({ id: 'item-added', title: 'Extra ärende om snöröjning', inserted: true, body: [] }),
  );
  return p;
}

/** A kallelse with one item not for the web and a personnummer in another. */
function withheldKallelse(): Protocol {
  const p = loadFixture();
  p.status = 'kallelse';
  p.items[2]!.notForWeb = true;
  p.items[2]!.body = [{ type: 'paragraph', children: [{ text: 'Elevärende Kalle Svensson.' }] }];
  p.items[3]!.body.push({ type: 'paragraph', children: [{ text: 'Sökande 811228-9874.' }] });
  return p;
}

const CASES: [name: string, protocol: () => Protocol, document: string, itemNumbers: string[]][] = [
  ['kallelse', loadFixture, 'kallelse', []],
  ['utdrag-49', loadFixture, 'utdrag', ['49']],
  ['utdrag-49-adjusted', adjusted, 'utdrag', ['49']],
  ['anslagsbevis', adjusted, 'anslagsbevis', []],
  ['protokoll-from-kallelse', fromKallelse, 'protokoll', []],
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-meeting-docs-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
  const docx: string[] = [];
  for (const [name, make, document, numbers] of CASES) {
    const protocol = make();
    const itemIds = numbers.map((n) => itemIdByNumber(protocol, n)!);
    const formats: OutputFormat[] = document === 'protokoll' ? ['pdf'] : ['pdf', 'docx'];
    for (const format of formats) {
      const out = join(dir, `${name}.${format}`);
      const request = { document, format, ...(itemIds.length ? { itemIds } : {}) };
      await service.exportDocument(protocol, request, out);
      files.set(`${name}.${format}`, out);
      if (format === 'docx') docx.push(out);
    }
  }
  const webOut = join(dir, 'kallelse-web.pdf');
  await service.exportDocument(
    withheldKallelse(),
    { document: 'kallelse-webbversion', format: 'pdf' },
    webOut,
  );
  files.set('kallelse-web.pdf', webOut);
  const loDir = join(dir, 'libreoffice');
  mkdirSync(loDir);
  libreOfficeToPdf(docx, loDir).forEach((pdf, i) => rendered.set(docx[i]!, pdf));
}, 600_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Pages of an exported file: the PDF itself, or LibreOffice's rendering of the DOCX. */
function pagesOf(file: string): string[] {
  const path = files.get(file)!;
  if (!pages.has(file)) pages.set(file, pageTexts(rendered.get(path) ?? path));
  return pages.get(file)!;
}

function text(file: string): string {
  if (!texts.has(file)) texts.set(file, flat(pagesOf(file).join(' ')));
  return texts.get(file)!;
}

const both = (name: string) => [`${name}.pdf`, `${name}.docx`];
const item = (p: Protocol, n: string) => p.items.find((i) => i.id === itemIdByNumber(p, n))!;
const bodyText = (i: Protocol['items'][number]) => i.body.flatMap((b) => blockText(b).split('\n'));

describe('every new document', () => {
  it('prints its own "Sida x av y" on every page, in the PDF and in the DOCX, and passes check-export.sh', () => {
    for (const file of files.keys()) {
      expect(wrongPageNumbers(pagesOf(file)), file).toEqual([]);
      const check = checkExport(files.get(file)!);
      expect(check.output, file).not.toMatch(/FAIL/);
      expect(check.status, file).toBe(0);
    }
  });
});

describe('kallelse', () => {
  it('is titled Kallelse and lists every item with föredragande, handlingar and förslag till beslut', () => {
    const p = loadFixture();
    for (const file of both('kallelse')) {
      const t = text(file);
      expect(t, file).toContain('Kallelse');
      expect(t, file).toContain('Föredragningslista');
      expect(t, file).toContain(flat(p.meeting.place));
      for (const i of p.items) {
        expect(t, file).toContain(flat(i.title));
        for (const d of i.documents) expect(t, file).toContain(flat(d));
        for (const who of i.presenters) expect(t, file).toContain(flat(who));
        for (const att of i.proposal?.attSatser ?? []) expect(t, file).toContain(flat(att));
      }
      // A kallelse calls people to a meeting that has not happened: no decisions, no justering.
      expect(t, file).not.toContain('Justerandes signatur');
      expect(t, file).not.toMatch(/Beslut\b(?! )/);
    }
  });

  it('has a web version titled as such, without withheld items or personnummer', () => {
    const t = text('kallelse-web.pdf');
    expect(t).toContain('Föredragningslista');
    expect(t).toContain('Ej för publicering på webben');
    expect(t).not.toContain('Kalle Svensson');
    expect(t).not.toContain('811228-9874');
    expect(t).toContain('Sökande ÅÅMMDD-XXXX.');
    const info = execFileSync('pdfinfo', [files.get('kallelse-web.pdf')!], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Kallelse – .* \(webbversion\)/);
  });
});

describe('protokollsutdrag', () => {
  it('of § 49 contains § 49 in full and nothing of § 50', () => {
    const p = loadFixture();
    const i49 = item(p, '49');
    const i50 = item(p, '50');
    for (const file of both('utdrag-49')) {
      const t = text(file);
      expect(t, file).toContain('Protokollsutdrag');
      expect(t, file).toContain('§ 49');
      expect(t, file).toContain(flat(i49.title));
      for (const line of bodyText(i49)) expect(t, file).toContain(flat(line));
      for (const att of i49.decision?.attSatser ?? []) expect(t, file).toContain(flat(att));
      expect(t, file).toContain(flat(i49.decision!.intro));
      expect(t, file).not.toContain('§ 50');
      expect(t, file).not.toContain(flat(i50.title));
      for (const line of bodyText(i50).filter((l) => l.trim().length > 20))
        expect(t, file).not.toContain(flat(line));
      expect(t, file).toContain('Ej justerat');
      expect(t, file).toContain('Utdragsbestyrkande');
      expect(t, file).toContain('Rätt utdraget betygar');
      // Field labels are set in small capitals in the PDF.
      expect(t.toLowerCase(), file).toContain('namnförtydligande');
      expect(t.toLowerCase(), file).toContain('datum');
    }
  });

  it('names who took part in the decision of that § and says when the protokoll was justerat', () => {
    const p = adjusted();
    const serving = p.attendance.people.filter((x) => x.groupId === p.attendance.groups[0]!.id);
    for (const file of both('utdrag-49-adjusted')) {
      const t = text(file);
      expect(t, file).toContain('Beslutande');
      for (const person of serving) expect(t, file).toContain(flat(person.name));
      expect(t, file).toContain('Justerat 2020-12-18');
      expect(t, file).not.toContain('Ej justerat');
    }
  });
});

describe('anslagsbevis', () => {
  it('states the body, meeting date, justering, the anslag dates, the appeal period, storage and who certifies', () => {
    const p = adjusted();
    for (const file of both('anslagsbevis')) {
      const t = text(file);
      expect(t, file).toContain('Anslagsbevis');
      expect(t, file).toContain(flat(p.meeting.body));
      for (const v of ['2020-12-16', '2020-12-18', '2020-12-19', '2021-01-09']) {
        expect(t, file).toContain(v);
      }
      expect(t, file).toContain('Överklagandetiden går ut');
      expect(t, file).toContain('Regionhuset, Luleå');
      expect(t, file).toContain('Maria Lindström, sekreterare');
    }
  });

  it('is a tagged PDF in Swedish, for the digital anslagstavla', () => {
    const out = execFileSync('pdfinfo', [files.get('anslagsbevis.pdf')!], { encoding: 'utf8' });
    expect(out).toMatch(/Tagged:\s+yes/);
    expect(out).toMatch(/Title:\s+Anslagsbevis – /);
    expect(readFileSync(files.get('anslagsbevis.pdf')!, 'latin1')).toMatch(/\/Lang \(sv-SE\)/);
  });
});

describe('protokoll made from a kallelse', () => {
  it('prints the agenda as sent and marks the item added at the meeting, numbered with a letter', () => {
    const t = text('protokoll-from-kallelse.pdf');
    expect(t).toContain('Utsänd dagordning');
    expect(t).toContain('§ 55 a Extra ärende om snöröjning');
    expect(t).toContain('Tillagt på sammanträdet');
    // Printed once, as an item: the agenda as sent does not list it.
    expect(t.match(/Extra ärende om snöröjning/g)).toHaveLength(1);
    expect(t.indexOf('Utsänd dagordning')).toBeLessThan(t.indexOf('§ 55 a'));
  });
});
