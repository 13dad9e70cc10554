/**
 * Export speed for 10, 50 and 150 generated items: PDF with the browser warm (an item edited
 * before each run, as after a change; a long protokoll prints in parts at once, and only the
 * edited part prints again), the first PDF of a document not printed before (printed whole while
 * its parts' page counts are learnt), cold (browser start included; for 10 items also with the
 * full Chromium, as the ratio to the headless shell the engine prefers) and as the app's first export
 * (the engine warmed at start, not timed), DOCX, and as the reference from the same run
 * LibreOffice converting our DOCX to PDF. For the largest also a change in every page's header
 * (every part prints), the document printed whole on one lane, the preview's quick first page and
 * an export the PDF cache answers (nothing changed since the preview). No row but the cache row
 * takes the whole PDF from the PDF cache.
 *
 * On a shared machine the wall time grows with the load, so the load average is printed and the
 * warm PDF export's CPU time (this process and the browser's) is shown beside it. The floor row is
 * Chromium printing the same number of pages with the same page furniture and no content. The
 * last row is an export after an edit when the app has printed the saved draft ahead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChromiumPdfEngine } from '../../electron/services/export/chromiumPdfEngine';
import { createExportService } from '../../electron/services/export/exportService';
import { findChromium } from '../../electron/services/export/findChromium';
import { createPdfCache } from '../../electron/services/export/pdfCache';
import { DEFAULT_FONT_DIR, servedFontSources } from '../../electron/services/export/fontSources';
import { renderHtml } from '../../shared/export/html';
import { finishPdf } from '../../shared/export/pdf';
import { buildPrintModel, type PrintBlock } from '../../shared/print';
import type { Protocol } from '../../shared/protocol';
import { generateLargeProtocol } from '../generate/largeProtocol';
import { libreOfficeToPdf } from '../unit/electron/services/export/pdfTools';

const SIZES = [10, 50, 150];
/** The full browser, measured beside the one the engine finds (the headless shell, if installed). */
const FULL_CHROMIUM = '/usr/bin/chromium';
const RUNS = { warm: 7, cold: 3, docx: 5, libreoffice: 3 };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * CPU seconds (user + system) used so far by this process and every process it started,
 * including those already ended and reaped (their time moves to the parent's children fields):
 * Chromium starts a print compositor process for each PDF, which is gone when the export ends.
 */
function cpuSeconds(): number {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      // utime, stime, and cutime, cstime of children this process has reaped.
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      cpu.set(Number(entry), ticks / 100);
    } catch {
      // The process ended while the list was read.
    }
  }
  let total = 0;
  for (const [pid, seconds] of cpu) {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) {
      if (p === process.pid) {
        total += seconds;
        break;
      }
    }
  }
  return total;
}

/** Medians of wall time and CPU time, in seconds. */
async function timed(
  runs: number,
  fn: () => Promise<void>,
): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuSeconds();
    const t0 = performance.now();
    await fn();
    wall.push((performance.now() - t0) / 1000);
    cpu.push(cpuSeconds() - c0);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** One conversion with a warm profile, as a user's LibreOffice has; the PDF is removed after. */
function libreOffice(docx: string, outDir: string, profile: string): void {
  for (const pdf of libreOfficeToPdf([docx], outDir, profile)) rmSync(pdf);
}

function pageCount(pdf: string): number {
  const out = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(out.match(/Pages:\s+(\d+)/)?.[1]);
}

/** The protocol's page furniture on `pages` pages that each hold one dot: the printing floor. */
function floorHtml(protocol: Protocol, pages: number, fontBaseUrl: string): string {
  const model = buildPrintModel(protocol);
  const dot: PrintBlock = { kind: 'paragraph', role: 'body', runs: [{ text: '.' }] };
  const blocks = Array.from({ length: pages }, (_, i): PrintBlock[] =>
    i === 0 ? [dot] : [{ kind: 'pageBreak' }, dot],
  ).flat();
  return renderHtml({ ...model, blocks }, { fonts: servedFontSources(fontBaseUrl) });
}

const secs = (s: number) => s.toFixed(2);

/**
 * The protocol with the meeting's dnr changed (change number `n`): printed in every page's header,
 * so no printed part can be reused.
 */
function withChangedDnr(protocol: Protocol, n: number): Protocol {
  return { ...protocol, meeting: { ...protocol.meeting, dnr: `KS 2024/${n}` } };
}

/** The protocol with the first item's title changed (edit number `n`): another document to print. */
function withChangedItem(protocol: Protocol, n: number): Protocol {
  const items = protocol.items.map((item, i) =>
    i === 0 ? { ...item, title: `${item.title} (ändring ${n})` } : item,
  );
  return { ...protocol, items };
}

export default async function exportBench(): Promise<void> {
  console.log(`load average at start: ${readFileSync('/proc/loadavg', 'utf8').trim()}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'paragraf-bench-'));
  const profile = join(dir, 'lo-profile');
  const engine = createChromiumPdfEngine();
  const noCache = () => createPdfCache({ maxBytes: 0, maxEntries: 0 });
  const warm = createExportService({ engine, cache: noCache() });
  const cached = createExportService({ engine });
  const rows: string[] = [];
  let floorRow = '';
  let wholeRow = '';
  let everyPartRow = '';
  let fullColdRow = '';
  let previewRow = '';
  let cacheRow = '';
  let prePrintRow = '';
  try {
    const pdf = join(dir, 'bench-out.pdf');
    const docx = join(dir, 'bench.docx');
    // Warm-up: browser start, both print pages and their fonts (as the app does at start),
    // LibreOffice's first-run profile.
    await warm.warm();
    await warm.exportPdf(generateLargeProtocol({ items: 10 }), pdf);
    await warm.exportDocx(generateLargeProtocol({ items: 10 }), docx);
    libreOffice(docx, dir, profile);
    for (const items of SIZES) {
      const protocol = generateLargeProtocol({ items });
      // Documents not printed before (other meetings: no page counts known for their parts),
      // each after a pause in which the previous one's parts are printed in the background.
      const unseen: number[] = [];
      for (let seed = 2; seed < 2 + RUNS.cold; seed++) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const other = generateLargeProtocol({ items, seed });
        const meeting = { ...other.meeting, date: `2024-10-1${seed}` };
        unseen.push((await timed(1, () => warm.exportPdf({ ...other, meeting }, pdf))).wall);
      }
      // The document itself: printed once (whole, its parts learnt), then an edit per run.
      await warm.exportPdf(withChangedItem(protocol, 0), pdf);
      await warm.exportPdf(withChangedItem(protocol, -1), pdf);
      let run = 0;
      const warmPdf = await timed(RUNS.warm, () =>
        warm.exportPdf(withChangedItem(protocol, ++run), pdf),
      );
      const pages = pageCount(pdf);
      const coldPdf = await timed(RUNS.cold, async () => {
        const cold = createExportService({ engine: createChromiumPdfEngine(), cache: noCache() });
        await cold.exportPdf(protocol, pdf);
        await cold.close();
      });
      if (items === SIZES[0]) {
        // The same cold export with the full browser, for the ratio in this run.
        const full = await timed(RUNS.cold, async () => {
          const engine = createChromiumPdfEngine({ executablePath: FULL_CHROMIUM });
          const cold = createExportService({ engine, cache: noCache() });
          await cold.exportPdf(protocol, pdf);
          await cold.close();
        });
        fullColdRow = `| ${items} items, browser started for the export (PDF cold): ${findChromium()} ${secs(coldPdf.wall)} s, ${FULL_CHROMIUM} ${secs(full.wall)} s (${(full.wall / coldPdf.wall).toFixed(1)}×) | | | | | | | | | |`;
      }
      const started: number[] = [];
      for (let i = 0; i < RUNS.cold; i++) {
        const app = createExportService({ engine: createChromiumPdfEngine(), cache: noCache() });
        await app.warm();
        started.push((await timed(1, () => app.exportPdf(protocol, pdf))).wall);
        await app.close();
      }
      const docxTime = await timed(RUNS.docx, () => warm.exportDocx(protocol, docx));
      const lo = await timed(RUNS.libreoffice, async () => libreOffice(docx, dir, profile));
      rows.push(
        `| ${items} | ${pages} | ${secs(warmPdf.wall)} | ${secs(warmPdf.cpu)} | ${secs(median(unseen))} | ${secs(coldPdf.wall)} | ${secs(median(started))} | ${secs(docxTime.wall)} | ${secs(lo.wall)} | ${(lo.wall / warmPdf.wall).toFixed(1)}× |`,
      );
      if (items === SIZES[SIZES.length - 1]) {
        const html = floorHtml(protocol, pages, engine.serveFonts!(DEFAULT_FONT_DIR));
        const info = buildPrintModel(protocol).info;
        const floor = await timed(RUNS.warm, async () => {
          writeFileSync(pdf, await finishPdf(await engine.htmlToPdf(html), info));
        });
        floorRow = `| floor: ${pageCount(pdf)} pages of furniture, no content | ${pageCount(pdf)} | ${secs(floor.wall)} | ${secs(floor.cpu)} | | | | | | |`;
        const everyPart = await timed(RUNS.warm, () =>
          warm.exportPdf(withChangedDnr(protocol, ++run), pdf),
        );
        everyPartRow = `| the same ${items} items, the dnr in every page's header changed: every part printed | ${pageCount(pdf)} | ${secs(everyPart.wall)} | ${secs(everyPart.cpu)} | | | | | | ${(lo.wall / everyPart.wall).toFixed(1)}× |`;
        const onOneLane = createExportService({
          engine: createChromiumPdfEngine({ lanes: 1 }),
          cache: noCache(),
        });
        await onOneLane.warm();
        const whole = await timed(RUNS.warm, () =>
          onOneLane.exportPdf(withChangedItem(protocol, ++run), pdf),
        );
        await onOneLane.close();
        wholeRow = `| the same ${items} items printed whole on one lane | ${pageCount(pdf)} | ${secs(whole.wall)} | ${secs(whole.cpu)} | | | | | | ${(lo.wall / whole.wall).toFixed(1)}× |`;
        const quick = await timed(RUNS.warm, async () => {
          writeFileSync(pdf, await warm.previewFirstPage(protocol));
        });
        previewRow = `| preview: quick first page of ${items} items (PDF bytes, before pdf.js draws it) | ${pageCount(pdf)} | ${secs(quick.wall)} | ${secs(quick.cpu)} | | | | | | |`;
        await cached.exportPdf(protocol, pdf);
        const hit = await timed(RUNS.warm, () => cached.exportPdf(protocol, pdf));
        cacheRow = `| export of ${items} unchanged items (PDF cache) | ${pageCount(pdf)} | ${secs(hit.wall)} | ${secs(hit.cpu)} | | | | | | ${(lo.wall / hit.wall).toFixed(0)}× |`;
        // An item changed in each run; the draft was saved and printed ahead before the export.
        let edit = 0;
        const aheadExport: number[] = [];
        const ahead = await timed(RUNS.warm, async () => {
          const changed = withChangedItem(protocol, ++edit);
          await cached.prePrint(changed);
          const t0 = performance.now();
          await cached.exportPdf(changed, pdf);
          aheadExport.push((performance.now() - t0) / 1000);
        });
        prePrintRow = `| export of ${items} items, one changed and printed ahead after its save (pre-print + export: wall / CPU; export alone: ${secs(median(aheadExport))}) | ${pageCount(pdf)} | ${secs(ahead.wall)} | ${secs(ahead.cpu)} | | | | | | ${(lo.wall / median(aheadExport)).toFixed(0)}× |`;
      }
    }
  } finally {
    await warm.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    '| items | PDF pages | PDF warm s (one item edited each run) | PDF warm CPU s | PDF of an unseen document s | PDF cold s | PDF first after warm start s | DOCX s | LibreOffice DOCX→PDF s | LO / PDF warm |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
  console.log(fullColdRow);
  console.log(everyPartRow);
  console.log(wholeRow);
  console.log(floorRow);
  console.log(previewRow);
  console.log(cacheRow);
  console.log(prePrintRow);
  console.log(
    `\nmedians of ${RUNS.warm} warm, ${RUNS.cold} cold, ${RUNS.docx} DOCX, ${RUNS.libreoffice} LibreOffice runs; CPU: this process and its browser, the print compositor included`,
  );
  console.log(`load average at end: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
}
