import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProtocol } from '../../../../shared/protocol/parse';
import { newItem } from '../../../../shared/protocol';
import { loadFixture } from '../../../fixtures/loadFixture';
import { tempDir } from './badInputs';
import { paragraf } from './runCli';

const text = (pdf: string) =>
  execFileSync('pdftotext', ['-q', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** The fixture with an item "§ 49 a" inserted after § 49. */
function fixtureFile(): string {
  const dir = tempDir();
  const p = loadFixture();
  const at = p.items.findIndex((i) => i.title.startsWith('Medicinskt'));
  p.items.splice(
    at + 1,
    0,
    newItem({ id: 'extra', title: 'Extra ärende', inserted: true, body: [] }),
  );
  const file = join(dir, 'nämnd.protokoll');
  writeFileSync(file, serializeProtocol(p));
  return file;
}

describe('paragraf export --document utdrag --item N', () => {
  it('takes --item more than once, by printed number, "49 a" included', () => {
    const file = fixtureFile();
    const pdf = join(file, '..', 'utdrag.pdf');
    const r = paragraf(
      'export',
      file,
      '--document',
      'utdrag',
      '--item',
      '49',
      '--item',
      '49 a',
      '--pdf',
      pdf,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const printed = text(pdf);
    expect(printed).toContain('Protokollsutdrag');
    expect(printed).toContain('§ 49 Medicinskt');
    expect(printed).toContain('§ 49 a Extra ärende');
    expect(printed).not.toContain('§ 50');
  });

  it('names an unknown number, and writes nothing', () => {
    const file = fixtureFile();
    const pdf = join(file, '..', 'x.pdf');
    const r = paragraf(
      'export',
      file,
      '--document',
      'utdrag',
      '--item',
      '49',
      '--item',
      '99',
      '--pdf',
      pdf,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no item numbered "99"');
    expect(existsSync(pdf)).toBe(false);
  });

  it('refuses an utdrag without --item and --item for a document of the whole meeting', () => {
    const file = fixtureFile();
    const pdf = join(file, '..', 'x.pdf');
    const without = paragraf('export', file, '--document', 'utdrag', '--pdf', pdf);
    expect(without.code).not.toBe(0);
    expect(without.stderr).toContain('--item');
    const whole = paragraf('export', file, '--document', 'kallelse', '--item', '49', '--pdf', pdf);
    expect(whole.code).not.toBe(0);
    expect(whole.stderr).toContain('takes no --item');
    expect(existsSync(pdf)).toBe(false);
  });

  it('writes the kallelse and the anslagsbevis as PDF and DOCX', () => {
    const file = fixtureFile();
    for (const document of ['kallelse', 'anslagsbevis']) {
      const pdf = join(file, '..', `${document}.pdf`);
      const docx = join(file, '..', `${document}.docx`);
      const r = paragraf('export', file, '--document', document, '--pdf', pdf, '--docx', docx);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(docx)).toBe(true);
      expect(text(pdf)).toContain(document === 'kallelse' ? 'Kallelse' : 'Anslagsbevis');
    }
  });
});
