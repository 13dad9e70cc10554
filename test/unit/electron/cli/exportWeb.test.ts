import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProtocol } from '../../../../shared/protocol/parse';
import { loadFixture } from '../../../fixtures/loadFixture';
import { tempDir } from './badInputs';
import { paragraf } from './runCli';

const text = (pdf: string) =>
  execFileSync('pdftotext', ['-q', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('paragraf export --web', () => {
  it('writes the web version: placeholder, no personnummer, "(webbversion)" in the title', () => {
    const dir = tempDir();
    const p = loadFixture();
    p.items[1]!.notForWeb = true;
    p.items[1]!.notForWebReason = 'OSL 26 kap. 1 §';
    p.items[3]!.body.push({ type: 'paragraph', children: [{ text: 'Sökande 811228-9874.' }] });
    const file = join(dir, 'nämnd.protokoll');
    writeFileSync(file, serializeProtocol(p));

    const web = join(dir, 'webb.pdf');
    const r = paragraf('export', file, '--pdf', web, '--web');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${web}\n`);
    const printed = text(web);
    expect(printed).toContain(`${p.labels.notForWeb} (OSL 26 kap. 1 §)`);
    expect(printed).toContain('Sökande ÅÅMMDD-XXXX.');
    expect(printed).not.toContain('811228-9874');
    const info = execFileSync('pdfinfo', [web], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+.*\(webbversion\)/);

    const full = join(dir, 'full.pdf');
    expect(paragraf('export', file, '--pdf', full).code).toBe(0);
    expect(text(full)).toContain('Sökande 811228-9874.');
  });

  it('refuses --web without --pdf or together with --docx', () => {
    const dir = tempDir();
    const file = join(dir, 'a.protokoll');
    writeFileSync(file, serializeProtocol(loadFixture()));
    const docx = join(dir, 'a.docx');
    const r = paragraf('export', file, '--docx', docx, '--web');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--web');
    expect(existsSync(docx)).toBe(false);
  });
});

describe('paragraf export --document', () => {
  it('writes the webbversion by its outputs-table kind, and refuses an unknown kind or a format it is not made as', () => {
    const dir = tempDir();
    const file = join(dir, 'a.protokoll');
    const p = loadFixture();
    p.items[0]!.notForWeb = true;
    p.items[0]!.notForWebReason = 'OSL 26 kap. 1 §';
    writeFileSync(file, serializeProtocol(p));
    const web = join(dir, 'webb.pdf');
    expect(paragraf('export', file, '--document', 'webbversion', '--pdf', web).code).toBe(0);
    expect(text(web)).toContain('OSL 26 kap. 1 §');

    const unknown = paragraf('export', file, '--document', 'hemligt', '--pdf', join(dir, 'x.pdf'));
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('protokoll, webbversion');
    const docx = join(dir, 'webb.docx');
    const wrong = paragraf('export', file, '--document', 'webbversion', '--docx', docx);
    expect(wrong.code).not.toBe(0);
    expect(existsSync(docx)).toBe(false);
  });
});
