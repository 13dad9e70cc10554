import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocolText } from '../../../../shared/protocol/parse';
import { getTemplate } from '../../../../shared/template/builtInTemplates';
import { templateFileText } from '../../../../shared/template/parseTemplate';
import { pngLogo } from '../../../generate/pngLogo';
import { tempDir } from './badInputs';
import { paragraf } from './runCli';

describe('paragraf new --template <file.template.json>', () => {
  it('makes a draft with the file’s words and logo', () => {
    const dir = tempDir();
    const template = join(dir, 'egen.template.json');
    const png = pngLogo().toString('base64');
    const base = getTemplate('kommunal-namnd')!;
    writeFileSync(
      template,
      templateFileText({
        ...base,
        id: 'egen',
        labels: { ...base.labels, presenters: 'Föredragande' },
        branding: { organisation: 'Kansliet', logo: { png } },
      }),
    );
    const out = join(dir, 'ks.protokoll');
    const r = paragraf('new', '--template', template, '--out', out);
    expect(r.code).toBe(0);
    const loaded = parseProtocolText(readFileSync(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.en);
    expect(loaded.value.labels.presenters).toBe('Föredragande');
    expect(loaded.value.branding).toEqual({ organisation: 'Kansliet', logo: { png } });
  });

  it('refuses a damaged template file in English and writes nothing', () => {
    const dir = tempDir();
    const template = join(dir, 'trasig.template.json');
    writeFileSync(template, '{"templateFormat": 1, "id": "x"');
    const out = join(dir, 'ks.protokoll');
    const r = paragraf('new', '--template', template, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/template file .*trasig\.template\.json: not a template/);
    expect(existsSync(out)).toBe(false);
  });
});
