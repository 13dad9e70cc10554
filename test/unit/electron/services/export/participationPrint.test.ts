import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../../../../electron/services/export/exportService';
import { parseProtocolText, serializeProtocol } from '../../../../../shared/protocol/parse';
import { validateProtocol } from '../../../../../shared/validation/validateProtocol';
import { execFileSync } from 'node:child_process';
import { flat, libreOfficeToPdf, pageTexts } from './pdfTools';

/** Lines as laid out, so a table row (name and detail columns) stays on one line. */
function layoutLines(pdf: string): string[] {
  return execFileSync('pdftotext', ['-q', '-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
}
import { vasterbottenLike } from './vasterbottenLike';

let dir: string;
const texts: Record<'pdf' | 'docx', string> = { pdf: '', docx: '' };
const lines: Record<'pdf' | 'docx' | 'web', string[]> = { pdf: [], docx: [], web: [] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-participation-'));
  // Through save and load first, so what prints is what the file keeps.
  const loaded = parseProtocolText(serializeProtocol(vasterbottenLike()));
  if (!loaded.ok) throw new Error(loaded.error.en);
  const service = createExportService({ engine: createChromiumPdfEngine() });
  try {
    const pdf = join(dir, 'protokoll.pdf');
    const docx = join(dir, 'protokoll.docx');
    await service.exportPdf(loaded.value, pdf);
    await service.exportDocx(loaded.value, docx);
    const web = join(dir, 'webbversion.pdf');
    await service.exportPdf(loaded.value, web, { document: 'webbversion' });
    lines.web = layoutLines(web);
    const fromDocx = libreOfficeToPdf([docx], dir)[0]!;
    texts.pdf = flat(pageTexts(pdf).join(' '));
    texts.docx = flat(pageTexts(fromDocx).join(' '));
    lines.pdf = layoutLines(pdf);
    lines.docx = layoutLines(fromDocx);
  } finally {
    await service.close();
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('participation in print', () => {
  it('writes partial presence in the web version as in the protokoll', () => {
    const line = (start: string) => lines.web.find((l) => l.startsWith(start)) ?? '';
    expect(line('Karin Nyström')).toBe('Karin Nyström (S) deltog till och med § 10');
    expect(line('Nils Holm')).toBe('Nils Holm (C) ej § 7 a');
  });

  it('the case itself raises no warning', () => {
    expect(validateProtocol(vasterbottenLike())).toEqual([]);
  });

  describe.each(['pdf', 'docx'] as const)('%s', (format) => {
    const text = () => texts[format];
    const line = (start: string) => lines[format].find((l) => l.startsWith(start)) ?? '';
    const lastLine = (start: string) => lines[format].findLast((l) => l.startsWith(start)) ?? '';

    it('says in words who came and went', () => {
      expect(line('Karin Nyström')).toBe('Karin Nyström (S) deltog till och med § 10');
      expect(line('Nils Holm')).toBe('Nils Holm (C) ej § 7 a');
      expect(line('Erik Strand')).toBe('Erik Strand (KD) ersättare för Maria Lund (KD)');
      // Pia Sund served in § 5 only, for the jävig Sara Vik.
      expect(line('Pia Sund')).toBe('Pia Sund (V) ersättare för Sara Vik (V) § 5');
      expect(line('Sara Vik')).toBe('Sara Vik (V)');
    });

    it('prints jäv and the ersättare under the item, and both votes with the roll call', () => {
      const item = text().slice(text().lastIndexOf('Markanvisning Norrbyn'));
      expect(item).toContain('Sara Vik (V) anmäler jäv och deltar inte i handläggningen');
      expect(item).toContain('Pia Sund (V) tjänstgör för Sara Vik (V)');
      expect(item).toContain('Omröstning 1: Propositionsordning');
      expect(item).toContain('Ja 7, Nej 0, Avstår 0');
      expect(item).toContain('Omröstning 2: Huvudvotering');
      expect(item).toContain(
        'Ja (5): Greta Lind (S), Karin Nyström (S), Nils Holm (C), Pia Sund (V), Erik Strand (KD)',
      );
      expect(item).toContain('Nej (2): Olof Berg (M), Johan Ek (L)');
      expect(item).toContain('Reservation: Olof Berg (M): Till förmån för avslag');
    });

    it('adds the närvaro- och omröstningsbilaga when the meeting asks for it', () => {
      expect(text()).toContain('Närvaro- och omröstningsbilaga');
      // One row per person, one cell per item (§ 5 with the roll-call vote).
      expect(lastLine('Sara Vik (V)')).toBe('Sara Vik (V) x x x x j x x x x x x x');
      expect(lastLine('Pia Sund (V)')).toBe('Pia Sund (V) e Ja');
      expect(lastLine('Karin Nyström (S)')).toBe('Karin Nyström (S) x x x x x Ja x x x x x x –');
      expect(lastLine('Nils Holm (C)')).toBe('Nils Holm (C) x x x x x Ja x x – x x x x');
    });
  });
});
