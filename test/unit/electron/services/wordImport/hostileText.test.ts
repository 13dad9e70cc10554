import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExportService } from '../../../../../electron/services/export/exportService';
import type { PdfEngine } from '../../../../../electron/services/export/pdfEngine';
import { importWordBytes } from '../../../../../electron/services/wordImport/importWordFile';
import { protocolSchema } from '../../../../../shared/protocol/protocol';
import { filledProtocol, hostileProtocol } from '../../../../generate/hostileProtocol';
import { hostileStrings } from '../../../../generate/hostileText';

const noEngine: PdfEngine = {
  htmlToPdf: () => Promise.reject(new Error('not used')),
  close: () => Promise.resolve(),
};
const dir = mkdtempSync(join(tmpdir(), 'paragraf-word-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile text in a Word protokoll', () => {
  it.each([1, 2, 3])('is kept, never dropped, in a valid draft (seed %i)', async (seed) => {
    // Every free-text field of the schema holds a tagged hostile value.
    const { protocol, values } = hostileProtocol(filledProtocol(), (tag) =>
      hostileStrings(seed, 4, 300).map((s) => `${tag} ${s}`),
    );
    expect(values.size).toBeGreaterThan(50);
    const file = join(dir, `hostile-${seed}.docx`);
    await createExportService({ engine: noEngine }).exportDocx(protocol, file);
    const imported = importWordBytes(readFileSync(file));
    expect(protocolSchema.safeParse(imported.protocol).success).toBe(true);
    // What the document shows comes back: each tag printed in the body is in the draft.
    const shown = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    const draft = JSON.stringify(imported.protocol);
    const printed = [...values.entries()].filter(
      ([path, v]) => !path.startsWith('labels.') && shown.includes(v.split(' ')[0]!),
    );
    expect(printed.length).toBeGreaterThan(20);
    for (const [path, value] of printed) {
      expect(draft.includes(`${value.split(' ')[0]!}`), path).toBe(true);
    }
  });
});
