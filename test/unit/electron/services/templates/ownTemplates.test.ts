import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOwnTemplates,
  type OwnTemplates,
} from '../../../../../electron/services/templates/ownTemplates';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import { templateFileText } from '../../../../../shared/template/parseTemplate';
import { templateSchema, type Template } from '../../../../../shared/template/templateSchema';
import { pngLogo } from '../../../../generate/pngLogo';

let dir: string;
let root: string;
let own: OwnTemplates;
const logs: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-own-templates-'));
  root = join(dir, 'library');
  mkdirSync(root);
  own = createOwnTemplates({ root: () => root, log: (m) => logs.push(m) });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const folder = () => join(root, 'templates');

/** A copy of a built-in template as Inställningar › Mallar makes it. */
function copyOf(id = 'kommunal-namnd'): Template {
  const base = structuredClone(getTemplate(id)!);
  return templateSchema.parse({
    ...base,
    id: `${id}-egen`,
    name: `${base.name} (egen)`,
    branding: { organisation: 'Exempelkommunen', logo: { png: pngLogo().toString('base64') } },
    labels: { ...base.labels, presenters: 'Föredragande' },
  });
}

describe('own templates in the library', () => {
  it('are written as templates/<id>.template.json and read back equal', async () => {
    const saved = await own.create(copyOf());
    expect(saved.id).toBe('kommunal-namnd-egen');
    expect(readdirSync(folder())).toEqual(['kommunal-namnd-egen.template.json']);
    expect(await own.get(saved.id)).toEqual(saved);
    expect(await own.list()).toEqual({ templates: [saved], problems: [] });
  });

  it('never overwrites: a second copy gets the next free id', async () => {
    const a = await own.create(copyOf());
    const b = await own.create(copyOf());
    expect([a.id, b.id]).toEqual(['kommunal-namnd-egen', 'kommunal-namnd-egen-2']);
  });

  it('refuses to save under a built-in id', async () => {
    const t = { ...copyOf(), id: 'kommunal-namnd' };
    await expect(own.save(t)).rejects.toMatchObject({ code: 'template-built-in' });
    const created = await own.create(t);
    expect(created.id).not.toBe('kommunal-namnd');
  });

  it('follows the library when it moves', async () => {
    await own.create(copyOf());
    const other = join(dir, 'shared');
    mkdirSync(other);
    root = other;
    expect((await own.list()).templates).toEqual([]);
  });

  it('moves a removed template aside instead of deleting it', async () => {
    const t = await own.create(copyOf());
    await own.remove(t.id);
    expect((await own.list()).templates).toEqual([]);
    const removed = readdirSync(join(folder(), 'removed'));
    expect(removed).toHaveLength(1);
    expect(readFileSync(join(folder(), 'removed', removed[0]!), 'utf8')).toBe(templateFileText(t));
  });
});

describe('damaged and foreign files in templates/', () => {
  const BAD: Record<string, string | Buffer> = {
    'garbage.template.json': 'not json {',
    'binary.template.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
    'protokoll.template.json': JSON.stringify({ schemaVersion: 2, id: 'x' }),
    'newer.template.json': JSON.stringify({ templateFormat: 2, id: 'newer' }),
    'wrong-name.template.json': templateFileText({ ...copyOf(), id: 'another-id' }),
    'kommunal-namnd.template.json': templateFileText({ ...copyOf(), id: 'kommunal-namnd' }),
    'big.template.json': ' '.repeat(2 * 1024 * 1024),
  };

  it('are listed as problems in Swedish and never used', async () => {
    mkdirSync(folder());
    for (const [name, content] of Object.entries(BAD)) writeFileSync(join(folder(), name), content);
    mkdirSync(join(folder(), 'folder.template.json'));
    const good = await own.create(copyOf());
    const { templates, problems } = await own.list();
    expect(templates.map((t) => t.id)).toEqual([good.id]);
    expect(problems.map((p) => p.file).sort()).toEqual(
      [...Object.keys(BAD), 'folder.template.json'].sort(),
    );
    for (const p of problems) expect(p.sv).toMatch(/[A-ZÅÄÖ].*\.$/);
    expect(logs.some((l) => l.includes('garbage.template.json'))).toBe(true);
  });

  it('are not overwritten by a save under the same id', async () => {
    mkdirSync(folder());
    writeFileSync(join(folder(), 'kommunal-namnd-egen.template.json'), 'damaged');
    await expect(own.save(copyOf())).rejects.toMatchObject({ code: 'template-file-damaged' });
    expect(readFileSync(join(folder(), 'kommunal-namnd-egen.template.json'), 'utf8')).toBe(
      'damaged',
    );
    // A new copy goes beside it.
    expect((await own.create(copyOf())).id).toBe('kommunal-namnd-egen-2');
  });
});

describe('sharing a template as a file', () => {
  it('exports a file that imports as a new template with the same content', async () => {
    const t = await own.create(copyOf());
    const file = join(dir, 'Kommunal mall.template.json');
    await own.exportFile(t, file);
    const imported = await own.importFile(file);
    expect(imported).toEqual({ ...t, id: 'kommunal-namnd-egen-2' });
  });

  it('refuses every truncation of a template file with a Swedish message', async () => {
    const text = templateFileText(copyOf());
    const file = join(dir, 'cut.template.json');
    // Cut points spread over the whole file, the logo included.
    for (let n = 0; n < 60; n++) {
      const at = Math.floor((text.length * n) / 60);
      writeFileSync(file, text.slice(0, at));
      await expect(own.importFile(file)).rejects.toMatchObject({ code: 'template-invalid' });
    }
    expect((await own.list()).templates).toEqual([]);
  });

  it('refuses a logo that is not a PNG, saying so', async () => {
    const raw = JSON.parse(templateFileText(copyOf())) as Template;
    raw.branding!.logo!.png = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ).toString('base64');
    const file = join(dir, 'svg.template.json');
    writeFileSync(file, JSON.stringify(raw));
    await expect(own.importFile(file)).rejects.toMatchObject({
      code: 'template-invalid',
      sv: expect.stringMatching(/logotyp/),
    });
  });
});
