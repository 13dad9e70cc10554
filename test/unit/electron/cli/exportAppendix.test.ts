import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeProtocol } from '../../../../shared/protocol/parse';
import type { Protocol } from '../../../../shared/protocol/protocol';
import { loadFixture } from '../../../fixtures/loadFixture';
import { tempDir } from './badInputs';
import { paragraf } from './runCli';

async function pdf(path: string, pages: number): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  writeFileSync(path, await doc.save());
}

/** ks/ks-<name>.protokoll naming the given appendix files on its first two items. */
function protokoll(folder: string, name: string, files: string[]): string {
  const p: Protocol = loadFixture();
  files.forEach((file, i) => {
    p.items[i]!.appendices = [{ id: `bilaga-${i}`, title: `Bilaga ${i + 1}`, file }];
  });
  const path = join(folder, `ks-${name}.protokoll`);
  writeFileSync(path, serializeProtocol(p));
  return path;
}

let dir: string;
let ks: string;
let elsewhere: string;
beforeAll(async () => {
  dir = tempDir();
  ks = join(dir, 'ks');
  elsewhere = join(dir, 'annan-mapp');
  mkdirSync(join(ks, 'bilagor'), { recursive: true });
  mkdirSync(elsewhere);
  await pdf(join(ks, 'bilagor', 'budget.pdf'), 2);
  await pdf(join(elsewhere, 'karta.pdf'), 1);
});

describe('paragraf export: appendix files', () => {
  it("reads appendices only in the file's folder unless --allow-appendix-dir names another", () => {
    const outside = protokoll(ks, 'utanfor', ['bilagor/budget.pdf', join(elsewhere, 'karta.pdf')]);
    const out = join(dir, 'ks.pdf');
    const refused = paragraf('export', outside, '--pdf', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('appendix "Bilaga 2"');
    expect(refused.stderr).toContain(join(elsewhere, 'karta.pdf'));

    for (const name of ['../annan-mapp/karta.pdf', 'bilagor/../../annan-mapp/karta.pdf']) {
      const r = paragraf('export', protokoll(ks, 'upp', [name]), '--pdf', out);
      expect([name, r.code]).toEqual([name, 1]);
    }

    const allowed = paragraf('export', outside, '--pdf', out, '--allow-appendix-dir', elsewhere);
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    const plain = paragraf('export', protokoll(ks, 'utan', []), '--pdf', join(dir, 'utan.pdf'));
    expect(plain.code).toBe(0);
    const pages = (f: string) =>
      Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))![1]);
    expect(pages(out)).toBe(pages(join(dir, 'utan.pdf')) + 3);
  }, 120_000);

  it('refuses --pdfa for a protokoll with appendices instead of claiming PDF/A', () => {
    const file = protokoll(ks, 'pdfa', ['bilagor/budget.pdf']);
    const r = paragraf('export', file, '--pdf', join(dir, 'pdfa.pdf'), '--pdfa');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PDF\/A is not produced for a protokoll with appendices/);
  });
});
