import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { importWordBytes } from '../../../../../electron/services/wordImport/importWordFile';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';
import { essentials, itemParts, templateProtocols } from './roundTripProtocols';

const noEngine: PdfEngine = {
  htmlToPdf: () => Promise.reject(new Error('not used')),
  close: () => Promise.resolve(),
};

const NAMES = ['norrbotten', 'generated-150', ...templateProtocols().map((t) => t.name)];
let dir: string;
const cases: { name: string; protocol: Protocol; docx: string; resaved: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-word-import-'));
  const service = createExportService({ engine: noEngine });
  const inputs = [
    { name: 'norrbotten', protocol: loadFixture() },
    // 150 items with inserted "§ n a" items, votes, reservations and partial attendance.
    { name: 'generated-150', protocol: generateLargeProtocol({ items: 150 }) },
    ...templateProtocols(),
  ];
  for (const { name, protocol } of inputs) {
    const docx = join(dir, `${name}.docx`);
    await service.exportDocx(protocol, docx);
    cases.push({ name, protocol, docx, resaved: join(dir, 'resaved', basename(docx)) });
  }
  // LibreOffice re-saves every file in one run, with its own XML (styles, runs, numbering).
  const profile = mkdtempSync(join(tmpdir(), 'paragraf-lo-'));
  mkdirSync(join(dir, 'resaved'));
  try {
    spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        join(dir, 'resaved'),
        ...cases.map((c) => c.docx),
      ],
      { encoding: 'utf8' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a DOCX Paragraf exported imports back to the same protokoll', () => {
  it.each(NAMES)('%s', (name) => {
    const c = cases.find((x) => x.name === name)!;
    const expected = essentials(c.protocol);
    expect(expected.people.length).toBeGreaterThan(5);
    const { protocol } = importWordBytes(readFileSync(c.docx));
    expect(protocol.templateId).toBe(c.protocol.templateId);
    expect(essentials(protocol)).toEqual(expected);
    expect(itemParts(protocol)).toEqual(itemParts(c.protocol));
    expect(protocol.meeting.body).toBe(c.protocol.meeting.body);
    expect(protocol.meeting.date).toBe(c.protocol.meeting.date);
  });

  it.each(NAMES)('%s, re-saved by LibreOffice', (name) => {
    const c = cases.find((x) => x.name === name)!;
    // soffice exits 0 even when it fails: the file must be there.
    expect(existsSync(c.resaved)).toBe(true);
    expect(readFileSync(c.resaved).equals(readFileSync(c.docx))).toBe(false);
    const { protocol } = importWordBytes(readFileSync(c.resaved));
    expect(essentials(protocol)).toEqual(essentials(c.protocol));
  });
});
