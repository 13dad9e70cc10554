import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { createPdfCache } from '../../../../../electron/services/export/pdfCache';
import { OUTPUT_KINDS } from '../../../../../shared/outputs/outputTable';
import type { Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';
import { hostileStrings } from '../../../../generate/hostileText';
import { generateLargeProtocol } from '../../../../generate/largeProtocol';
import { pdfFonts } from './pdfTools';

const SHELL = '/usr/bin/chromium-headless-shell';
const FULL = '/usr/bin/chromium';

/** Every word with its box, and the structure tree: what differs when a line breaks elsewhere. */
function layout(pdf: string): string {
  const words = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const tree = execFileSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8' });
  // The export's timestamps are the only thing two prints may differ in.
  const timeless = words.replace(/<meta name="(Creation|Mod)Date"[^>]*>/g, '');
  const fonts = pdfFonts(pdf).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
  return `${timeless}\n${tree}\n${fonts.join('\n')}`;
}

/** The documents compared: each kind of the fixture, a long generated one, hostile values. */
function documents(): { name: string; protocol: Protocol; document?: string }[] {
  const strings = hostileStrings(11, 300, 160);
  let n = 0;
  const hostile = hostileProtocol(filledProtocol(), (tag) => [
    `${tag}${strings[n++ % strings.length]!}`,
    tag,
  ]).protocol;
  return [
    ...OUTPUT_KINDS.map((kind) => ({ name: kind, protocol: loadFixture(), document: kind })),
    { name: '60 generated items', protocol: generateLargeProtocol({ items: 60, seed: 4 }) },
    { name: 'hostile values', protocol: hostile },
  ];
}

describe('the headless shell prints what the full Chromium prints', () => {
  let dir: string;
  const services: ExportService[] = [];
  const serviceFor = (executablePath: string) => {
    const engine = createChromiumPdfEngine({ executablePath });
    const service = createExportService({
      engine,
      cache: createPdfCache({ maxBytes: 0, maxEntries: 0 }),
    });
    services.push(service);
    return service;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paragraf-shell-'));
  });
  afterAll(async () => {
    await Promise.all(services.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('both browsers are installed, as the tests and the CLI expect', () => {
    expect(existsSync(SHELL), `${SHELL} missing: apt-get install chromium-headless-shell`).toBe(
      true,
    );
    expect(existsSync(FULL), `${FULL} missing: apt-get install chromium`).toBe(true);
  });

  it('every document has the same words in the same places, tags and fonts', async () => {
    const shell = serviceFor(SHELL);
    const full = serviceFor(FULL);
    const differing: string[] = [];
    let pages = 0;
    for (const { name, protocol, document } of documents()) {
      const opts = document ? { document } : {};
      const [a, b] = await Promise.all([
        shell.renderPdf(protocol, opts),
        full.renderPdf(protocol, opts),
      ]);
      const fileA = join(dir, 'shell.pdf');
      const fileB = join(dir, 'full.pdf');
      writeFileSync(fileA, a);
      writeFileSync(fileB, b);
      const printed = layout(fileA);
      if (printed !== layout(fileB)) differing.push(name);
      pages += (printed.match(/<page /g) ?? []).length;
    }
    expect(differing).toEqual([]);
    // The comparison covered real pages, not empty output.
    expect(pages).toBeGreaterThan(90);
  });
});
