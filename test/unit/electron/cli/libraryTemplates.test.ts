import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOwnTemplates } from '../../../../electron/services/templates/ownTemplates';
import { parseProtocolText } from '../../../../shared/protocol/parse';
import { BUILT_IN_TEMPLATES, getTemplate } from '../../../../shared/template/builtInTemplates';
import { hostileStrings } from '../../../generate/hostileText';
import { tempDir } from './badInputs';
import { paragraf } from './runCli';

/** What a terminal could act on or show reordered: controls (C0, C1) and bidi overrides. */
const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
/** Escape sequences and C1 controls, on top of the generated hostile text. */
const TERMINAL_PIECES = ['\u001b[31m', '\u009b2J', '\u001b]0;titel\u0007', '\u2066', '\r'];

/** A library whose own templates have hostile names and descriptions. */
async function libraryWithTemplates(count: number): Promise<string> {
  const dir = tempDir();
  const own = createOwnTemplates({ root: () => dir });
  const hostile = hostileStrings(5, count * 2, 150);
  const base = getTemplate('kommunal-namnd')!;
  for (let i = 0; i < count; i++) {
    const piece = TERMINAL_PIECES[i % TERMINAL_PIECES.length]!;
    await own.save({
      ...base,
      id: `egen-${i}`,
      name: `Egen ${i} ${piece}${hostile[2 * i]!}`,
      description: `Beskrivning ${i} ${hostile[2 * i + 1]!}${piece}`,
      labels: { ...base.labels, presenters: `Föredragande ${i}` },
    });
  }
  return dir;
}

describe('paragraf templates --library and new --library', () => {
  it('lists the library’s own templates after the built-in ones, one safe line each', async () => {
    const dir = await libraryWithTemplates(12);
    // A damaged file whose name carries an escape sequence and a line break.
    writeFileSync(
      join(dir, 'templates', 'trasig\u001b[2J\nrad.template.json'),
      '{"templateFormat"',
    );
    const r = paragraf('templates', '--library', dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const start = lines.findIndex((l) => l.startsWith('own templates in '));
    expect(lines[start]).toContain('(12)');
    const own = lines.slice(start + 1).filter((l) => l !== '');
    expect(own).toHaveLength(24);
    // Each template: its id and name on one line, its description on the next.
    const heads = own.filter((_, i) => i % 2 === 0).map((l) => /^(egen-\d+) +Egen (\d+) /.exec(l));
    expect(heads.map((m) => m && m[1] === `egen-${m[2]}` && m[1]).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `egen-${i}`).sort(),
    );
    for (const t of BUILT_IN_TEMPLATES) expect(r.stdout).toContain(`${t.id}  `);
    expect(lines.filter((l) => UNSAFE.test(l))).toEqual([]);
    expect(r.stderr).toMatch(/^warning: template file trasig.*rad\.template\.json not used: /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(UNSAFE.test(r.stderr.trimEnd())).toBe(false);
  });

  it('makes a draft from an own template by its id', async () => {
    const dir = await libraryWithTemplates(2);
    const out = join(tempDir(), 'ks.protokoll');
    const r = paragraf('new', '--template', 'egen-1', '--library', dir, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const loaded = parseProtocolText(readFileSync(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.en);
    expect(loaded.value.labels.presenters).toBe('Föredragande 1');
  });

  it('refuses an unknown id, and a library that is not a folder, in one line each', async () => {
    const dir = await libraryWithTemplates(1);
    const out = join(tempDir(), 'ks.protokoll');
    const unknown = paragraf('new', '--template', 'egen-9', '--library', dir, '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown template "egen-9"');
    expect(unknown.stderr).toContain(`paragraf templates --library ${dir}`);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    mkdirSync(join(dir, 'empty'));
    for (const args of [
      ['templates', '--library', file],
      ['new', '--template', 'egen-0', '--library', join(dir, 'missing'), '--out', out],
    ]) {
      const r = paragraf(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: --library: .* is not a folder\n$/);
    }
    // A folder without templates is a library with none of its own.
    const empty = paragraf('templates', '--library', join(dir, 'empty'));
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('(0):');
  });
});
