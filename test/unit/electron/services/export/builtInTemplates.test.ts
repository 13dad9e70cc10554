import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../../../electron/services/export/chromiumPdfEngine';
import {
  createExportService,
  type ExportService,
} from '../../../../../electron/services/export/exportService';
import { numberItems } from '../../../../../shared/protocol/numbering';
import type { Protocol } from '../../../../../shared/protocol';
import { BUILT_IN_TEMPLATES } from '../../../../../shared/template/builtInTemplates';
import { CHECK_EXPORT, flat, missingTexts, pageTexts } from './pdfTools';
import { templateDraft } from './templateDraft';

/** A draft from every built-in template exports to a PDF and a DOCX a reader can use. */
let dir: string;
let service: ExportService;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paragraf-templates-'));
  service = createExportService({ engine: createChromiumPdfEngine() });
});

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The page number as the template's label prints it on page n of N ("Sida 2 av 5", "2 (5)"). */
function pageNumberText(protocol: Protocol, n: number, total: number): string {
  return protocol.labels.pageNumber.replace('{pages}', String(total)).replace('{page}', String(n));
}

/**
 * check-export.sh reads "<word> n <word> N". A label of that shape gives its words; another
 * shape ("{page} ({pages})") cannot be read by it, so the draft is checked with the label
 * "Sida {page} av {pages}" instead (a protokoll's labels are its own to change), and its own
 * label is checked page by page in the test above.
 */
function checkable(protocol: Protocol): { protocol: Protocol; page: string; of: string } {
  const words = protocol.labels.pageNumber.match(/^(\S+) \{page\} (\S+) \{pages\}$/);
  if (words) return { protocol, page: words[1]!, of: words[2]! };
  const relabelled = structuredClone(protocol);
  relabelled.labels.pageNumber = 'Sida {page} av {pages}';
  return { protocol: relabelled, page: 'Sida', of: 'av' };
}

function checkExport(file: string, page: string, of: string) {
  const r = spawnSync('bash', [CHECK_EXPORT, file], {
    encoding: 'utf8',
    env: { ...process.env, LABEL_PAGE: page, LABEL_OF: of },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('a draft from %s', (id, t) => {
  const protocol = templateDraft(t);

  it('prints its page number label on every page, every item in order, signatures last', async () => {
    const pdf = join(dir, `${id}.pdf`);
    await service.exportPdf(protocol, pdf);
    // poppler reads the narrow gap after a bold "§" as none; the page shows "§ 1".
    const pages = pageTexts(pdf).map((p) => flat(p).replace(/§(?=\d)/g, '§ '));
    pages.forEach((text, i) => {
      expect(text).toContain(pageNumberText(protocol, i + 1, pages.length));
    });
    expect(missingTexts(protocol, pages)).toEqual([]);
    const all = pages.join(' ');
    const labels = numberItems(protocol.items, protocol.meeting.numbering, t.labels.paragraphSign);
    const positions = protocol.items.map((item, i) =>
      // The item itself, after the agenda entry where there is an agenda.
      all.lastIndexOf(`${labels[i]!.label} ${item.title}`),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const group of protocol.attendance.groups) {
      expect(all.toUpperCase()).toContain(group.label.toUpperCase());
    }
    const signatures = all.lastIndexOf(t.labels.signaturesHeading.toUpperCase());
    if (t.layout.signaturePlacement === 'last-page') {
      expect(signatures).toBeGreaterThan(positions[positions.length - 1]!);
      expect(pages[pages.length - 1]).toContain(t.labels.signaturesHeading.toUpperCase());
    } else {
      expect(signatures).toBeLessThan(positions[0]!);
    }
  });

  it('passes check-export.sh as PDF and as DOCX', async () => {
    const { protocol: checked, page, of } = checkable(protocol);
    const pdf = join(dir, `${id}-checked.pdf`);
    const docx = join(dir, `${id}-checked.docx`);
    await service.exportPdf(checked, pdf);
    await service.exportDocx(checked, docx);
    for (const file of [pdf, docx]) {
      const result = checkExport(file, page, of);
      expect(result.output).toContain('RESULT: PASS');
      expect(result.status).toBe(0);
    }
  });
});
