/** Reading back what the Beslutsregister export wrote, with tools nobody here wrote. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** A ";"-separated, '"'-quoted CSV (RFC 4180 with another separator) as rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * An XLSX converted by LibreOffice to a UTF-8, ";"-separated CSV and read back. soffice exits 0
 * even when it fails, so the output's existence is checked.
 */
export function xlsxViaLibreOffice(xlsx: string): string[][] {
  const profile = mkdtempSync(join(tmpdir(), 'paragraf-lo-'));
  const outDir = mkdtempSync(join(tmpdir(), 'paragraf-lo-out-'));
  try {
    spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):59,34,76,1',
        '--outdir',
        outDir,
        xlsx,
      ],
      { encoding: 'utf8' },
    );
    const csv = join(outDir, basename(xlsx).replace(/\.xlsx$/, '.csv'));
    if (!existsSync(csv)) throw new Error(`LibreOffice did not open ${xlsx}`);
    return parseCsv(readFileSync(csv, 'utf8'));
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}
