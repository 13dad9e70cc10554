import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  getTemplate,
  listTemplateSummaries,
} from '../../../../shared/template/builtInTemplates';
import { templateSchema } from '../../../../shared/template/templateSchema';

const templatesDir = join(__dirname, '../../../../templates');

/** Every string leaf of an object, for "nothing left blank" checks. */
function stringLeaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('built-in templates', () => {
  it('registers every JSON file in templates/ and each validates against the schema', () => {
    const files = readdirSync(templatesDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const raw: unknown = JSON.parse(readFileSync(join(templatesDir, file), 'utf8'));
      const parsed = templateSchema.parse(raw);
      expect(`${parsed.id}.json`).toBe(file);
      expect(getTemplate(parsed.id)).toEqual(parsed);
    }
    expect(BUILT_IN_TEMPLATES.map((t) => `${t.id}.json`).sort()).toEqual([...files].sort());
  });

  it('fills every printed label', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      for (const [path, text] of stringLeaves(t.labels)) {
        expect(text.trim(), `${t.id}: labels.${path}`).not.toBe('');
      }
    }
  });

  it('gives the municipal template § numbering, page-1 attendance and the footer boxes', () => {
    const t = getTemplate('kommunal-namnd')!;
    expect(t.numbering.style).toBe('paragraph');
    expect(t.layout).toMatchObject({
      attendancePlacement: 'first-page',
      signaturePlacement: 'first-page',
      footerBoxes: true,
    });
    expect(t.labels.pageNumber).toBe('Sida {page} av {pages}');
    expect(t.labels.footerAdjusterSignature).toBe('Justerandes signatur');
    expect(t.labels.footerExtractCertification).toBe('Utdragsbestyrkande');
    expect(t.attendanceGroups.map((g) => g.label)).toEqual([
      'Beslutande',
      'Tjänstgörande ersättare',
      'Övriga deltagare',
      'Frånvarande',
    ]);
    const titles = t.items.map((i) => i.title);
    for (const title of [
      'Val av justerare',
      'Godkännande av dagordning',
      'Föregående mötesprotokoll',
      'Övriga frågor',
      'Meddelanden',
      'Sammanträdets avslutande',
    ]) {
      expect(titles).toContain(title);
    }
  });

  it('numbers the samverkansgrupp without § and puts signatures last', () => {
    const t = getTemplate('samverkansgrupp')!;
    expect(t.numbering.style).toBe('plain');
    expect(t.layout.signaturePlacement).toBe('last-page');
    expect(t.attendanceGroups.map((g) => g.label)).toEqual(['Närvarande', 'Frånvarande', 'Övriga']);
  });

  it('gives the årsmöte a röstlängd and the standard årsmöte points in order', () => {
    const t = getTemplate('forening-arsmote')!;
    expect(t.attendanceGroups[0]!.label).toMatch(/röstlängd/i);
    const titles = t.items.filter((i) => i.includeByDefault).map((i) => i.title);
    const expected = [
      'Mötets öppnande',
      'Val av mötesordförande',
      'Val av sekreterare',
      'Val av justerare och rösträknare',
      'Fastställande av röstlängd',
      'Frågan om mötet blivit behörigen utlyst',
      'Godkännande av dagordning',
      'Styrelsens årsredovisning',
      'Revisorernas berättelse',
      'Fastställande av resultat- och balansräkning',
      'Ansvarsfrihet för styrelsen',
      'Arvoden',
      'Val av styrelse',
      'Val av revisorer',
      'Val av valberedning',
      'Motioner',
      'Övriga frågor',
      'Mötets avslutande',
    ];
    expect(titles).toEqual(expected);
  });

  it('has an English template with no Swedish label', () => {
    const t = getTemplate('municipal-committee-en')!;
    const swedish = /[åäöÅÄÖ]|Sida|Beslut|Protokoll|Justera/;
    for (const [path, text] of stringLeaves(t.labels)) {
      expect(text, `labels.${path}`).not.toMatch(swedish);
    }
  });

  it('lists summaries for the template picker', () => {
    const summaries = listTemplateSummaries();
    expect(summaries.map((s) => s.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id));
    expect(summaries.every((s) => s.name.length > 0 && s.description.length > 0)).toBe(true);
    expect(getTemplate('no-such-template')).toBeUndefined();
  });
});
