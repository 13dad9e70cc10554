import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../../../electron/services/ipcDispatcher';
import { createOwnTemplates } from '../../../../../electron/services/templates/ownTemplates';
import type { TemplateServices } from '../../../../../electron/services/templates/templateHandlers';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import type { Template } from '../../../../../shared/template/templateSchema';
import { pngLogo } from '../../../../generate/pngLogo';
import { createHarness } from '../ipc/dispatcherHarness';

let dir: string;
let dispatch: Dispatch;
let templates: TemplateServices;
const answers = { file: null as string | null, save: null as string | null };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-template-channels-'));
  const h = createHarness(dir);
  mkdirSync(h.services.drafts.root, { recursive: true });
  templates = {
    library: createOwnTemplates({ root: () => h.services.drafts.root }),
    dialogs: {
      chooseTemplateFile: async () => answers.file,
      chooseTemplateSavePath: async () => answers.save,
      chooseWordFile: async () => join(dir, 'protokoll.docx'),
    },
  };
  dispatch = createDispatcher({ ...h.services, templates });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const value = async <T>(channel: string, payload?: unknown): Promise<T> => {
  const r = await dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.en}`);
  return r.value as T;
};

function ownCopy(): Template {
  const base = structuredClone(getTemplate('samverkansgrupp')!);
  return {
    ...base,
    id: 'samverkan-egen',
    name: 'Samverkan (egen)',
    labels: { ...base.labels, presenters: 'Föredragande', pageNumber: '{page} ({pages})' },
    branding: { organisation: 'Kansliet', logo: { png: pngLogo().toString('base64') } },
  };
}

describe('own templates over IPC', () => {
  it('are offered beside the built-in ones and make protokoll with their words and logo', async () => {
    const created = await value<Template>('templates.create', ownCopy());
    const list = await value<{ id: string; own?: boolean }[]>('templates.list');
    expect(list.filter((t) => t.own).map((t) => t.id)).toEqual([created.id]);
    expect(list.filter((t) => !t.own).length).toBeGreaterThan(3);
    const protocol = await value<Protocol>('drafts.create', { templateId: created.id });
    expect(protocol.templateId).toBe(created.id);
    expect(protocol.labels.presenters).toBe('Föredragande');
    expect(protocol.branding).toEqual(created.branding);
  });

  it('refuse to change a built-in template, in Swedish', async () => {
    const r = await dispatch('templates.save', { ...ownCopy(), id: 'kommunal-namnd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'template-built-in' } });
    if (!r.ok) expect(r.error.sv).toMatch(/inbyggd mall/);
  });

  it('refuse a template payload with a logo that is not a PNG', async () => {
    const t = ownCopy();
    t.branding!.logo!.png = Buffer.from('<svg/>').toString('base64');
    const r = await dispatch('templates.create', t);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('export to a file and import it back as a new template', async () => {
    const created = await value<Template>('templates.create', ownCopy());
    answers.save = join(dir, 'delad.template.json');
    expect(await value('templates.exportFile', created.id)).toEqual({ path: answers.save });
    answers.file = answers.save;
    const imported = await value<Template>('templates.importFile');
    expect(imported).toEqual({ ...created, id: `${created.id}-2` });
    answers.file = null;
    expect(await value('templates.importFile')).toBeNull();
  });

  it('say plainly that a template from Word needs the Word import', async () => {
    const r = await dispatch('templates.fromWord', undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'word-import-unavailable' } });
  });

  it('make a template from what the Word import reads, when it is wired', async () => {
    templates.readWordOutline = async () => ({
      organisation: 'Gammal kommun',
      labels: { presenters: 'Information lämnas av' },
      items: [{ title: 'Mötets öppnande', body: 'Ordföranden öppnar mötet.' }],
    });
    const t = await value<Template>('templates.fromWord');
    expect(t.branding?.organisation).toBe('Gammal kommun');
    expect(t.items.map((i) => i.title)).toEqual(['Mötets öppnande']);
    expect((await value<Template[]>('templates.list')).some((x) => x.id === t.id)).toBe(true);
  });
});
