/** Third-party tools the export tests check with: poppler, qpdf, LibreOffice, check-export.sh. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Protocol } from '../../../../../shared/protocol';

export const REPO_ROOT = fileURLToPath(new URL('../../../../..', import.meta.url));
export const CHECK_EXPORT = resolve(REPO_ROOT, '../shared/tools/check-export.sh');

/** The text of each page, in reading order (pdftotext splits pages with form feeds). */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-q', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** Whitespace (line breaks, NBSP) collapsed, so a wrapped phrase is still found. */
export function flat(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** pdffonts rows as { name, embedded }. */
export function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** qpdf --check exit code and output (0: clean, 3: warnings, 2: errors). */
export function qpdfCheck(pdf: string): { status: number; output: string } {
  const r = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** ../shared/tools/check-export.sh on a file: its exit code and report. */
export function checkExport(file: string): { status: number; output: string } {
  const r = spawnSync('bash', [CHECK_EXPORT, file], { encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/**
 * Converts DOCX files to PDF with one LibreOffice run in a private profile: a fresh one, or
 * `keptProfile` when the caller reuses a warm one (the benchmark). soffice exits 0 even when it
 * fails, so each output's existence is checked.
 */
export function libreOfficeToPdf(
  docxFiles: string[],
  outDir: string,
  keptProfile?: string,
): string[] {
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'paragraf-lo-'));
  try {
    spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxFiles,
      ],
      { encoding: 'utf8' },
    );
  } finally {
    if (!keptProfile) rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((f) => {
    const pdf = join(outDir, basename(f).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${f}`);
    return pdf;
  });
}

/** Every page n of N shows exactly "Sida n av N"; returns the pages that do not. */
export function wrongPageNumbers(pages: readonly string[]): string[] {
  const wrong: string[] = [];
  pages.forEach((text, i) => {
    const found = flat(text).match(/Sida \d+ av \d+/g) ?? [];
    const want = `Sida ${i + 1} av ${pages.length}`;
    if (found.length !== 1 || found[0] !== want) {
      wrong.push(`page ${i + 1}: want "${want}", found ${JSON.stringify(found)}`);
    }
  });
  return wrong;
}

/** What the secretary typed that must appear in print: names, § titles, att-satser. */
export function typedTexts(protocol: Protocol): string[] {
  return [
    ...protocol.attendance.people.map((p) => p.name),
    ...protocol.items.map((i) => i.title),
    ...protocol.items.flatMap((i) => [
      ...(i.decision?.attSatser ?? []),
      ...(i.proposal?.attSatser ?? []),
    ]),
  ].filter((t) => t.trim() !== '');
}

/** The typed texts that the document text does not contain (whitespace-insensitive). */
export function missingTexts(protocol: Protocol, pages: readonly string[]): string[] {
  const all = flat(pages.join(' '));
  return typedTexts(protocol).filter((t) => !all.includes(flat(t)));
}
