import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocolText } from '../../../../shared/protocol/parse';
import { BUILT_IN_TEMPLATES } from '../../../../shared/template/builtInTemplates';
import { NORRBOTTEN_FIXTURE } from '../../../fixtures/loadFixture';
import { BAD_INPUTS, sha256, tempDir } from './badInputs';
import { CLI_ROOT, paragraf, paragrafIn } from './runCli';

describe('paragraf CLI', () => {
  it('lists every built-in template', () => {
    const r = paragraf('templates');
    expect(r.code).toBe(0);
    for (const t of BUILT_IN_TEMPLATES) expect(r.stdout).toContain(`${t.id}  `);
    expect(r.stdout).toContain('Kommunal nämnd / beredning');
  });

  it('creates a valid draft and refuses to overwrite it', () => {
    const out = join(tempDir(), 'ks.protokoll');
    const r = paragraf(
      'new',
      '--template',
      'kommunal-namnd',
      '--out',
      out,
      '--body',
      'Socialnämnden',
      '--date',
      '2025-03-12',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created');
    const loaded = parseProtocolText(readFileSync(out, 'utf8'));
    expect(loaded.ok && loaded.value.meeting).toMatchObject({
      body: 'Socialnämnden',
      date: '2025-03-12',
    });
    expect(loaded.ok && loaded.value.items[0]!.decision?.intro).toBe('Socialnämnden beslutar');

    writeFileSync(out, 'precious');
    const again = paragraf('new', '--template', 'samverkansgrupp', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`error: ${out}: file already exists; not overwritten\n`);
    expect(readFileSync(out, 'utf8')).toBe('precious');
  });

  it('resolves relative paths against the folder the user ran it in', () => {
    const folder = tempDir();
    expect(
      paragrafIn(folder, 'new', '--template', 'forening-arsmote', '--out', 'stamma.protokoll').code,
    ).toBe(0);
    expect(existsSync(join(folder, 'stamma.protokoll'))).toBe(true);
    expect(existsSync(join(CLI_ROOT, 'stamma.protokoll'))).toBe(false);
    const r = paragrafIn(folder, 'validate', 'stamma.protokoll');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('stamma.protokoll: valid');
  });

  it('refuses an unknown template, an impossible date and missing options', () => {
    const out = join(tempDir(), 'x.protokoll');
    expect(paragraf('new', '--template', 'nope', '--out', out).stderr).toMatch(
      /^error: unknown template "nope" \(available: kommunal-namnd/,
    );
    const date = paragraf(
      'new',
      '--template',
      'kommunal-namnd',
      '--out',
      out,
      '--date',
      '2021-02-30',
    );
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('"2021-02-30" is not a real date');
    const usage = paragraf('new', '--out', out);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error: usage: paragraf new --template/);
    expect(existsSync(out)).toBe(false);
  });

  it('validates the fixture with no warnings', () => {
    const r = paragraf('validate', NORRBOTTEN_FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${NORRBOTTEN_FIXTURE}: valid, no warnings\n`);
  });

  it('prints warnings but exits 0 for a valid file with problems', () => {
    const file = join(tempDir(), 'warn.protokoll');
    const doc = JSON.parse(readFileSync(NORRBOTTEN_FIXTURE, 'utf8')) as {
      signatures: { adjusters: unknown[] };
    };
    doc.signatures.adjusters = [];
    writeFileSync(file, JSON.stringify(doc));
    const r = paragraf('validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'warning [no-adjuster] (signature adjusters): no adjuster (justerare) has been named',
    );
    expect(r.stdout).toContain('valid, 1 warning');
  });

  it.each(BAD_INPUTS)('rejects $name: one line, exit 1, file untouched', (bad) => {
    const file = join(tempDir(), 'bad.protokoll');
    bad.write(file);
    const before = sha256(file);
    const r = paragraf('validate', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
    );
    expect(r.stderr).toMatch(bad.message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(sha256(file)).toBe(before);
  });

  it('prints the JSON Schema', () => {
    const r = paragraf('schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { title: string };
    expect(schema.title).toBe('Paragraf .protokoll file');
    expect((JSON.parse(paragraf('schema', '--template').stdout) as { title: string }).title).toBe(
      'Paragraf template',
    );
  });

  it('explains an unknown command', () => {
    const r = paragraf('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command: frobnicate');
    expect(r.stderr).toContain('validate');
  });
});
