import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { AGENDA_2021, norrbotten2021 } from './norrbotten2021';
import { flat, libreOfficeToPdf } from './pdfTools';
import { sampleProtocol } from './sampleProtocol';

/**
 * What a reader compares with a real protokoll: the 2021 Norrbotten meeting's partial attendance
 * and agenda time slots, the first page's title block, and the DOCX (as LibreOffice lays it out)
 * against the PDF page by page.
 */
let dir: string;
/** name → { pdf: page lines (layout mode), docx: the same for LibreOffice's rendering } */
const printed = new Map<string, { pdf: string[][]; docx: string[][] }>();

/**
 * Each page's lines as pdftotext -layout places them, whitespace runs collapsed. Chromium writes
 * no space glyphs, and poppler guesses the narrow gap after a bold "§" as none: "§1" is read as
 * "§ 1", which is what the page shows.
 */
function pageLines(pdf: string): string[][] {
  const text = execFileSync('pdftotext', ['-q', '-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages.map((p) =>
    p
      .split('\n')
      .map((l) => flat(l).replace(/§(?=\d)/g, '§ '))
      .filter(Boolean),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-fidelity-'));
  const service = createExportService({ engine: createChromiumPdfEngine() });
  const inputs: [string, Protocol][] = [
    ['norrbotten-2021', norrbotten2021()],
    ['title-block', sampleProtocol(4)],
    ['norrbotten', loadFixture()],
  ];
  try {
    for (const [name, protocol] of inputs) {
      // Not <name>.pdf: that is where LibreOffice writes its rendering of <name>.docx.
      await service.exportPdf(protocol, join(dir, `${name}-chromium.pdf`));
      await service.exportDocx(protocol, join(dir, `${name}.docx`));
    }
  } finally {
    await service.close();
  }
  const rendered = libreOfficeToPdf(
    inputs.map(([name]) => join(dir, `${name}.docx`)),
    dir,
  );
  inputs.forEach(([name], i) => {
    const pdf = pageLines(join(dir, `${name}-chromium.pdf`));
    printed.set(name, { pdf, docx: pageLines(rendered[i]!) });
  });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['pdf', 'docx'] as const)('the 2021 Norrbotten meeting in the %s', (format) => {
  const pages = () => printed.get('norrbotten-2021')![format];

  it('prints partial attendance after the name, on the same line', () => {
    const first = pages()[0]!;
    const line = (name: string) => first.find((l) => l.startsWith(name)) ?? '';
    expect(line('Anders Öberg')).toBe('Anders Öberg (S) deltog till och med § 7');
    expect(line('Lennart Åström')).toBe('Lennart Åström (S) deltog från § 8');
    expect(line('Emma Engelmark')).toBe('Emma Engelmark (S), Luleå deltog till och med § 7');
    expect(line('Linda Frohm')).toBe('Linda Frohm (M), ordförande');
  });

  it('prints each time slot before its title in the agenda, and no separate time line', () => {
    const agenda = pages()[1]!;
    expect(agenda).toContain('Utsänd dagordning');
    AGENDA_2021.forEach((entry, i) => {
      const want = `§ ${i + 1} ${entry.time ? `${entry.time} ` : ''}${entry.title}`;
      expect(agenda).toContain(want);
    });
    expect(agenda.filter((l) => /^Tid:/.test(l))).toEqual([]);
  });
});

describe.each(['pdf', 'docx'] as const)('the first page title block in the %s', (format) => {
  const pages = () => printed.get('title-block')![format];
  const protocol = sampleProtocol(4);
  const { meeting } = protocol;

  // A draft: the header's first lines carry the mark, then the same layout as a justerat one.
  const MARK = 'UTKAST – ej justerat';
  const withoutMark = (lines: string[]) => {
    expect(lines.slice(0, 2)).toContain(MARK);
    return lines.filter((l) => l !== MARK);
  };

  it('shows the document kind, organ, date, place and time once, under the page number', () => {
    const first = withoutMark(pages()[0]!);
    expect(first.slice(0, 3)).toEqual([`Sida 1 av ${pages().length}`, 'Protokoll', meeting.body]);
    expect(first).toContain(`SAMMANTRÄDESDATUM ${meeting.date}`);
    expect(first).toContain(`PLATS ${meeting.place}`);
    expect(first).toContain(`TID ${meeting.startTime}–${meeting.endTime}`);
    const all = first.join('\n');
    expect(all.split(meeting.body).length - 1).toBe(1);
    expect(all.split(meeting.place!).length - 1).toBe(1);
  });

  it('keeps the ordinary header on the following pages', () => {
    const second = withoutMark(pages()[1]!);
    expect(second[0]).toMatch(/^Protokoll Sammanträdesdatum$/);
    expect(second.slice(0, 3).join(' ')).toContain(meeting.body);
    expect(second.slice(0, 4).join(' ')).toContain(`Sida 2 av ${pages().length}`);
  });
});

describe('the DOCX as LibreOffice lays it out, against the PDF', () => {
  /** Each page's item heading ("§ 49") or, for pages without one, its first body line. */
  const landmarks = (pages: string[][]) =>
    pages.map((lines) => {
      const body = lines.slice(3);
      return body.find((l) => /^§ \d+$/.test(l)) ?? body[0];
    });

  it.each(['norrbotten', 'norrbotten-2021', 'title-block'])(
    '%s: same number of pages, each starting with the same item',
    (name) => {
      const { pdf, docx } = printed.get(name)!;
      expect(docx.length).toBe(pdf.length);
      expect(landmarks(docx)).toEqual(landmarks(pdf));
    },
  );

  it('prints the anslagsbevis with its fields on the last page in both', () => {
    const { pdf, docx } = printed.get('norrbotten')!;
    for (const pages of [pdf, docx]) {
      const last = pages[pages.length - 1]!;
      expect(last).toContain('Anslag/bevis');
      expect(last.some((l) => l.startsWith('Datum då anslaget sätts upp'))).toBe(true);
    }
  });
});
