import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfOptions } from '../../../../../electron/services/export/exportService';
import { pdfAuthorOption } from '../../../../../electron/services/ipcDispatcher';
import type { Settings } from '../../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../../shared/ipc/result';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from '../ipc/dispatcherHarness';

let dir: string;
let cleanup: () => Promise<void>;
let h: Harness;
/** What each PDF export was asked to use as options. */
let pdfOptions: (Pick<PdfOptions, 'author'> | undefined)[];
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-settings-ipc-'));
  h = createHarness(dir);
  pdfOptions = [];
  h.services.exporter.exportDocument = async (_p, _request, _path, opts) => {
    pdfOptions.push(opts?.author === undefined ? {} : { author: opts.author });
  };
});
afterEach(() => cleanup());

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.en}`);
  return r.value as T;
}

async function draft(): Promise<Protocol> {
  return value<Protocol>(
    await h.dispatch('drafts.create', { templateId: 'kommunal-namnd', body: 'Kommunstyrelsen' }),
  );
}

describe('dialogs.chooseFolder', () => {
  it('starts in the current default export folder and returns the folder chosen or null', async () => {
    const starts: string[] = [];
    const answers: (string | null)[] = ['/home/anna/Protokoll', null];
    h.services.dialogs.chooseFolder = async (current) => {
      starts.push(current);
      return answers.shift() ?? null;
    };
    expect(value(await h.dispatch('dialogs.chooseFolder', undefined))).toBe('/home/anna/Protokoll');
    await h.dispatch('settings.set', { defaultExportFolder: '/srv/delat' });
    expect(value(await h.dispatch('dialogs.chooseFolder', undefined))).toBeNull();
    expect(starts).toEqual(['', '/srv/delat']);
  });

  it('refuses a payload', async () => {
    const r = await h.dispatch('dialogs.chooseFolder', '/etc');
    expect(r.ok).toBe(false);
  });
});

describe('export.document and the settings', () => {
  it('uses the author name when set, the print model default otherwise', async () => {
    const protocol = await draft();
    h.answers.save = inDir('ks.pdf');
    await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'pdf' });
    await h.dispatch('settings.set', { authorName: 'Anna Lind' });
    h.answers.save = inDir('ks2.pdf');
    await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'pdf' });
    await h.dispatch('settings.set', { authorName: '   ' });
    h.answers.save = inDir('ks3.pdf');
    await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'pdf' });
    expect(pdfOptions).toEqual([{}, { author: 'Anna Lind' }, {}]);
  });

  it('opens the exported file when "Öppna filen efter export" is on', async () => {
    const protocol = await draft();
    h.answers.save = inDir('a.pdf');
    await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'pdf' });
    value<Settings>(await h.dispatch('settings.set', { openAfterExport: true }));
    h.answers.save = inDir('b.docx');
    await h.dispatch('export.document', { protocol, document: 'protokoll', format: 'docx' });
    expect(h.calls.opened).toEqual([inDir('b.docx')]);
  });

  it('pdfAuthorOption trims and drops an empty name', () => {
    expect(pdfAuthorOption('  Örjan Ångström ')).toEqual({ author: 'Örjan Ångström' });
    expect(pdfAuthorOption('')).toEqual({});
  });
});

function inDir(name: string): string {
  return `${dir}/${name}`;
}
