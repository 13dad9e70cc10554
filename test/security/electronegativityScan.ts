/**
 * npm run test:security: the Electron security scan (@doyensec/electronegativity) over the main
 * process, preload and renderer sources together (global checks such as "navigation limited"
 * need to see all of them). Fails on any HIGH or CRITICAL finding that docs/security.md does
 * not accept with a reason.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** Findings accepted after review: "CHECK_ID path". Each needs a reason in docs/security.md. */
const ACCEPTED = new Set<string>([]);
const ELECTRON_VERSION = '38.8.6';

/** A minimal CSV reader: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}

const work = await mkdtemp(join(tmpdir(), 'paragraf-scan-'));
try {
  for (const dir of ['electron', 'renderer']) {
    await cp(join(repo, dir), join(work, 'src', dir), {
      recursive: true,
      filter: (p) => !p.includes('node_modules'),
    });
  }
  const csv = join(work, 'findings.csv');
  const bin = join(repo, 'node_modules', '.bin', 'electronegativity');
  execFileSync(
    bin,
    ['-i', join(work, 'src'), '-o', csv, '-r', '-e', ELECTRON_VERSION, '-v', 'false'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const [header, ...rows] = parseCsv(await readFile(csv, 'utf8')).filter((r) => r.length > 3);
  const col = (name: string) => header!.findIndex((h) => h.trim() === name);
  const [iIssue, iSeverity, iFile, iLocation] = ['issue', 'severity', 'filename', 'location'].map(
    col,
  ) as [number, number, number, number];
  let failing = 0;
  console.log(`electronegativity (Electron ${ELECTRON_VERSION}): ${rows.length} finding(s)`);
  for (const r of rows) {
    const key = `${r[iIssue]} ${r[iFile]}`;
    const severe = ['HIGH', 'CRITICAL'].includes(r[iSeverity]!.toUpperCase());
    const verdict = severe ? (ACCEPTED.has(key) ? 'accepted' : 'FAIL') : 'ok';
    if (verdict === 'FAIL') failing++;
    console.log(
      `  ${verdict.padEnd(8)} ${r[iSeverity]!.padEnd(8)} ${r[iIssue]} ${r[iFile]}:${r[iLocation]}`,
    );
  }
  if (failing > 0) {
    console.error(
      `${failing} HIGH or CRITICAL finding(s); fix them or accept them with a reason in docs/security.md`,
    );
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
