import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocolText } from '../../../../shared/protocol/parse';
import { loadFixture } from '../../../fixtures/loadFixture';
import { wordMadeNorrbotten } from '../services/wordImport/wordMadeNorrbotten';
import { sha256, tempDir } from './badInputs';
import { paragraf } from './runCli';

describe('paragraf import', () => {
  it('writes a new draft and an English report, leaves the .docx as it was, never overwrites without --force', async () => {
    const dir = tempDir();
    const docx = join(dir, 'norrbotten.docx');
    writeFileSync(docx, await wordMadeNorrbotten(loadFixture()));
    const before = sha256(docx);
    const out = join(dir, 'importerat.protokoll');
    const r = paragraf('import', docx, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('10 items, 21 people');
    expect(r.stdout).toContain('§ 46 Val av justerare (decision, 1 att-clauses)');
    expect(r.stdout).toContain('The image "Kostnader per kommun" could not be imported (§ 49).');
    const loaded = parseProtocolText(readFileSync(out, 'utf8'));
    expect(loaded.ok && loaded.value.items.length).toBe(10);
    expect(sha256(docx)).toBe(before);

    writeFileSync(out, 'precious');
    const again = paragraf('import', docx, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `error: ${out}: file already exists; not overwritten (use --force)\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(paragraf('import', docx, '--out', out, '--force').code).toBe(0);
    expect(parseProtocolText(readFileSync(out, 'utf8')).ok).toBe(true);
  });

  it('refuses a file that is not a .docx with one English line and writes nothing', () => {
    const dir = tempDir();
    const doc = join(dir, 'gammal.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = paragraf('import', doc, '--out', join(dir, 'x.protokoll'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*gammal\.doc: the file is an old Word document \(\.doc\)/);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(
      paragraf('import', join(dir, 'saknas.docx'), '--out', join(dir, 'y.protokoll')).stderr,
    ).toMatch(/cannot read the file \(ENOENT\)/);
    expect(paragraf('import', doc).stderr).toMatch(/^error: usage: paragraf import/);
  });
});
