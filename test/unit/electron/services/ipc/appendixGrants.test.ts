import { execFileSync } from 'node:child_process';
import { mkdir, open, rename, symlink, unlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APPENDIX_LIMITS } from '../../../../../shared/export/pdf';
import type { ImportReceipt } from '../../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../../shared/ipc/result';
import { serializeProtocol } from '../../../../../shared/protocol/parse';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { tempFolder } from '../drafts/helpers';
import { createHarness, type Harness } from './dispatcherHarness';

/** A one-page "printed protokoll", so the real export service runs without a browser. */
let printedPage: Uint8Array;
const engine: PdfEngine = {
  htmlToPdf: async () => printedPage,
  close: async () => undefined,
};
beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.addPage();
  printedPage = await doc.save();
});

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-appendix-grants-'));
});
afterEach(() => cleanup());

/** The real dispatcher, drafts library, grants and export service; stub dialogs and engine. */
function harness(): Harness {
  const h = createHarness(dir);
  h.services.exporter = createExportService({ engine });
  return h;
}

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.en}`);
  return r.value as T;
}

async function pdfFile(path: string, pages: number): Promise<string> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  await writeFile(path, await doc.save());
  return path;
}

async function newDraft(h: Harness): Promise<Protocol> {
  return value<Protocol>(await h.dispatch('drafts.create', { templateId: 'kommunal-namnd' }));
}

function withAppendix(p: Protocol, file: string, title = 'Budget 2021'): Protocol {
  const items = p.items.map((item, i) =>
    i === 0 ? { ...item, appendices: [{ id: 'bilaga-1', title, file }] } : item,
  );
  return { ...p, items };
}

/** Pages of the preview PDF, or the error the page would see. */
async function preview(h: Harness, p: Protocol) {
  const r = await h.dispatch('export.previewPdf', p);
  if (!r.ok) return r.error;
  const doc = await PDFDocument.load(Buffer.from(r.value as string, 'base64'));
  return doc.getPageCount();
}

const refusal = (title: string) => ({
  code: 'appendix-unreadable',
  en: `appendix "${title}" could not be read`,
  sv: `Bilagan kunde inte läsas: ${title}.`,
});

describe('appendix files an export may read', () => {
  it('reads only PDFs chosen in the dialog for that draft, and still after a restart', async () => {
    const h = harness();
    const draft = await newDraft(h);
    const chosen = await pdfFile(join(dir, 'budget.pdf'), 3);
    expect(await preview(h, withAppendix(draft, chosen))).toEqual(refusal('Budget 2021'));

    h.answers.appendix = chosen;
    const choice = value(await h.dispatch('dialogs.chooseAppendix', { draftId: draft.id }));
    expect(choice).toEqual({ path: chosen, title: 'Budget' });
    expect(await preview(h, withAppendix(draft, chosen))).toBe(4);

    // The grant is the draft's: another draft naming the same file gets nothing.
    const other = await newDraft(h);
    expect(await preview(h, withAppendix(other, chosen))).toEqual(refusal('Budget 2021'));

    // Reopening the draft later (a new process over the same library) still exports it.
    const later = harness();
    expect(await preview(later, withAppendix(draft, chosen))).toBe(4);
    expect(await preview(later, withAppendix(other, chosen))).toEqual(refusal('Budget 2021'));
  });

  it('gives the page one message whatever the path names, and the log the reason', async () => {
    const h = harness();
    const draft = await newDraft(h);
    const outside = join(dir, 'utanfor');
    await mkdir(join(outside, 'mapp.pdf'), { recursive: true });
    const secret = await pdfFile(join(outside, 'hemlig.pdf'), 1);
    execFileSync('mkfifo', [join(outside, 'ror.pdf')]);
    await symlink(secret, join(outside, 'lank.pdf'));
    const targets = [
      secret,
      join(outside, 'finns-inte.pdf'),
      join(outside, 'mapp.pdf'),
      join(outside, 'ror.pdf'),
      join(outside, 'lank.pdf'),
      '/dev/zero',
      '/etc/passwd',
    ];
    // Each target named absolutely, with detours, and relatively (no imported file: no base).
    const names = targets.flatMap((t) => [
      t,
      t.replace(/\//g, '//'),
      join(t, '..', t.split('/').pop()!).replace(/^\//, '/./'),
      relative(dir, t),
      `../../../../../../..${t}`,
    ]);
    for (const name of names) {
      const error = await preview(h, withAppendix(draft, name, 'Bilaga X'));
      expect([name, error]).toEqual([name, refusal('Bilaga X')]);
    }
    const logged = h.calls.logs.join('\n');
    expect(logged).toContain('hemlig.pdf');
    expect(logged).toContain('finns-inte.pdf');
  });

  it('reads a chosen file as a regular file of at most 50 MB, never a device or FIFO', async () => {
    const h = harness();
    const draft = await newDraft(h);
    const fifo = join(dir, 'ror.pdf');
    execFileSync('mkfifo', [fifo]);
    const big = join(dir, 'stor.pdf');
    const handle = await open(big, 'w');
    await handle.truncate(APPENDIX_LIMITS.bytes + 1);
    await handle.close();
    const link = await pdfFile(join(dir, 'riktig.pdf'), 1);
    await symlink(link, join(dir, 'lank.pdf'));
    for (const path of [fifo, '/dev/zero', big, join(dir, 'lank.pdf')]) {
      h.answers.appendix = path;
      value(await h.dispatch('dialogs.chooseAppendix', { draftId: draft.id }));
    }
    expect(await preview(h, withAppendix(draft, fifo))).toEqual(refusal('Budget 2021'));
    expect(await preview(h, withAppendix(draft, '/dev/zero'))).toEqual(refusal('Budget 2021'));
    expect(await preview(h, withAppendix(draft, big))).toEqual({
      ...refusal('Budget 2021'),
      sv: 'Bilagan kunde inte läsas: Budget 2021. Den är större än 50 MB.',
    });
    // A chosen link counts as its target; pointed elsewhere later, it grants nothing.
    expect(await preview(h, withAppendix(draft, join(dir, 'lank.pdf')))).toBe(2);
    const secret = await pdfFile(join(dir, 'hemlig.pdf'), 1);
    await unlink(join(dir, 'lank.pdf'));
    await symlink(secret, join(dir, 'lank.pdf'));
    expect(await preview(h, withAppendix(draft, join(dir, 'lank.pdf')))).toEqual(
      refusal('Budget 2021'),
    );
  });

  it('reads files beside an opened .protokoll, named relative to it, and nothing above', async () => {
    const h = harness();
    const folder = join(dir, 'fran-kollega');
    await mkdir(join(folder, 'bilagor'), { recursive: true });
    await pdfFile(join(folder, 'bilaga1.pdf'), 2);
    await pdfFile(join(folder, 'bilagor', 'karta.pdf'), 1);
    const secret = await pdfFile(join(dir, 'hemlig.pdf'), 1);
    await symlink(secret, join(folder, 'lank.pdf'));
    const base = await newDraft(h);
    const imported: Protocol[] = [];
    const cases: Array<[string, number | ReturnType<typeof refusal>]> = [
      ['bilaga1.pdf', 3],
      ['bilagor/karta.pdf', 2],
      [join(folder, 'bilaga1.pdf'), 3],
      ['../hemlig.pdf', refusal('Budget 2021')],
      ['bilagor/../../hemlig.pdf', refusal('Budget 2021')],
      ['lank.pdf', refusal('Budget 2021')],
      [secret, refusal('Budget 2021')],
    ];
    for (const [i, [name, expected]] of cases.entries()) {
      const file = join(folder, `ks${i}.protokoll`);
      await writeFile(file, serializeProtocol(withAppendix({ ...base, id: `kollega${i}` }, name)));
      const { protocol } = value<ImportReceipt>(await h.dispatch('drafts.importPath', file));
      imported.push(protocol);
      expect([name, await preview(h, protocol)]).toEqual([name, expected]);
    }
    // The folder it was opened from counts: moved away (a USB stick removed), nothing is read;
    // back in place (here through a link), its files count again and still nothing above it.
    await rename(folder, join(dir, 'flyttad'));
    expect(await preview(h, imported[0]!)).toEqual(refusal('Budget 2021'));
    await symlink(join(dir, 'flyttad'), folder);
    expect(await preview(h, imported[0]!)).toBe(3);
    expect(await preview(h, imported[3]!)).toEqual(refusal('Budget 2021'));
  });

  it('refuses a chooseAppendix payload that does not name a draft', async () => {
    const h = harness();
    for (const bad of [undefined, 'x', { draftId: '../x' }, { draftId: 'a', path: '/etc' }]) {
      const r = await h.dispatch('dialogs.chooseAppendix', bad);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-payload');
    }
  });
});
