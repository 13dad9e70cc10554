import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExtractsByRecipient } from '../../../../../electron/services/export/extractsByRecipient';
import type { ExportService } from '../../../../../electron/services/export/exportService';
import { extractRecipients } from '../../../../../shared/outputs';
import { itemIdByNumber, type Protocol } from '../../../../../shared/protocol';
import { loadFixture } from '../../../../fixtures/loadFixture';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'paragraf-expediering-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Records each request and writes its item ids as the file, standing in for the PDF. */
function recordingExporter() {
  const requests: { itemIds?: readonly string[]; path: string }[] = [];
  const exporter: Pick<ExportService, 'exportDocument'> = {
    async exportDocument(_p, request, path) {
      requests.push({ ...(request.itemIds ? { itemIds: request.itemIds } : {}), path });
      writeFileSync(path, (request.itemIds ?? []).join(','));
    },
  };
  return { exporter, requests };
}

function withDistribution(): Protocol {
  const p = loadFixture();
  for (const item of p.items) item.distribution = [];
  const at = (n: string) => p.items.find((i) => i.id === itemIdByNumber(p, n))!;
  at('49').distribution = ['Region Norrbotten', 'Norrbottens Kommuner'];
  at('50').distribution = ['region  norrbotten ', 'Socialnämnden: "vård/omsorg"'];
  return p;
}

describe('protokollsutdrag per recipient (expediering)', () => {
  it('groups the items by recipient named under "Expedieras till"', () => {
    const p = withDistribution();
    const [a, b] = [itemIdByNumber(p, '49')!, itemIdByNumber(p, '50')!];
    expect(extractRecipients(p)).toEqual([
      { recipient: 'Region Norrbotten', itemIds: [a, b] },
      { recipient: 'Norrbottens Kommuner', itemIds: [a] },
      { recipient: 'Socialnämnden: "vård/omsorg"', itemIds: [b] },
    ]);
  });

  it('writes one file each, named by the table with unsafe characters removed, never overwriting', async () => {
    const p = withDistribution();
    const taken =
      'Protokollsutdrag § 49 Politisk samverkansberedning för hälsa, vård, omsorg och skola 2020-12-16 Norrbottens Kommuner.pdf';
    writeFileSync(join(dir, taken), 'the secretary’s own file');
    const { exporter, requests } = recordingExporter();
    const written = await writeExtractsByRecipient(exporter, p, dir, 'pdf');
    expect(written.map((w) => w.recipient)).toEqual([
      'Region Norrbotten',
      'Norrbottens Kommuner',
      'Socialnämnden: "vård/omsorg"',
    ]);
    expect(readFileSync(join(dir, taken), 'utf8')).toBe('the secretary’s own file');
    expect(written[1]!.path).toBe(join(dir, taken.replace(/\.pdf$/, ' (2).pdf')));
    expect(written[2]!.path).toBe(
      join(
        dir,
        'Protokollsutdrag § 50 Politisk samverkansberedning för hälsa, vård, omsorg och skola 2020-12-16 Socialnämnden vård omsorg.pdf',
      ),
    );
    expect(requests.map((r) => r.itemIds?.length)).toEqual([2, 1, 1]);
    expect(readdirSync(dir)).toHaveLength(4);
  });

  it('gives a second run new names instead of overwriting the first', async () => {
    const p = withDistribution();
    const first = await writeExtractsByRecipient(recordingExporter().exporter, p, dir, 'pdf');
    const second = await writeExtractsByRecipient(recordingExporter().exporter, p, dir, 'pdf');
    for (const [i, w] of second.entries()) {
      expect(w.path).not.toBe(first[i]!.path);
      expect(w.path).toMatch(/ \(2\)\.pdf$/);
    }
    expect(readdirSync(dir)).toHaveLength(6);
  });
});
