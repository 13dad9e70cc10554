/**
 * Export speed for 10, 50 and 150 generated items: PDF with the browser warm and cold (browser
 * start included), DOCX, and as the reference from the same run LibreOffice converting our DOCX
 * to PDF. Targets: 150 items PDF ≤ 1.0 s warm, DOCX ≤ 0.3 s, warm PDF ≥ 3× faster than LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChromiumPdfEngine } from '../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../electron/services/export/exportService';
import { generateLargeProtocol } from '../generate/largeProtocol';

const SIZES = [10, 50, 150];
const RUNS = { warm: 5, cold: 3, docx: 5, libreoffice: 3 };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function timed(runs: number, fn: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times) / 1000;
}

function libreOffice(docx: string, outDir: string, profile: string): void {
  spawnSync('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    docx,
  ]);
  const pdf = join(outDir, 'bench.pdf');
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx}`);
  rmSync(pdf);
}

export default async function exportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paragraf-bench-'));
  const profile = join(dir, 'lo-profile');
  const warm = createExportService({ engine: createChromiumPdfEngine() });
  const rows: string[] = [];
  try {
    const pdf = join(dir, 'bench-out.pdf');
    const docx = join(dir, 'bench.docx');
    // Warm-up: browser start, font loading, LibreOffice's first-run profile.
    await warm.exportPdf(generateLargeProtocol({ items: 10 }), pdf);
    await warm.exportDocx(generateLargeProtocol({ items: 10 }), docx);
    libreOffice(docx, dir, profile);
    for (const items of SIZES) {
      const protocol = generateLargeProtocol({ items });
      const warmPdf = await timed(RUNS.warm, () => warm.exportPdf(protocol, pdf));
      const coldPdf = await timed(RUNS.cold, async () => {
        const cold = createExportService({ engine: createChromiumPdfEngine() });
        await cold.exportPdf(protocol, pdf);
        await cold.close();
      });
      const docxTime = await timed(RUNS.docx, () => warm.exportDocx(protocol, docx));
      const lo = await timed(RUNS.libreoffice, async () => libreOffice(docx, dir, profile));
      const pages = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout.match(
        /Pages:\s+(\d+)/,
      )?.[1];
      rows.push(
        `| ${items} | ${pages} | ${warmPdf.toFixed(2)} | ${coldPdf.toFixed(2)} | ${docxTime.toFixed(2)} | ${lo.toFixed(2)} | ${(lo / warmPdf).toFixed(1)}× |`,
      );
    }
  } finally {
    await warm.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    '| items | PDF pages | PDF warm s | PDF cold s | DOCX s | LibreOffice DOCX→PDF s | LO / PDF warm |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
  console.log(
    `\nmedians of ${RUNS.warm} warm, ${RUNS.cold} cold, ${RUNS.docx} DOCX, ${RUNS.libreoffice} LibreOffice runs`,
  );
}
