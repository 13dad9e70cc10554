import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const CHECK = fileURLToPath(new URL('../../../../shared/tools/check-export.sh', import.meta.url));

/**
 * Runs the independent export check ("Sida n av N" on every page, fonts, structure) and returns
 * its report and the document text. A DOCX is laid out by LibreOffice first.
 */
export async function checkExport(
  file: string,
): Promise<{ ok: boolean; report: string; text: string }> {
  const keep = join(await mkdtemp(join(tmpdir(), 'paragraf-check-')), 'rendered.pdf');
  const env = { ...process.env, KEEP_PDF: keep, SOFFICE_TIMEOUT: '180' };
  let ok = true;
  let report = '';
  try {
    const out = await run('bash', [CHECK, file], { env, maxBuffer: 1 << 24 });
    report = out.stdout + out.stderr;
  } catch (e) {
    const failed = e as { stdout?: string; stderr?: string };
    ok = false;
    report = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
  const pdf = file.endsWith('.docx') ? keep : file;
  const text = (await run('pdftotext', [pdf, '-'], { maxBuffer: 1 << 26 })).stdout;
  return { ok, report, text };
}

/** Text with runs of white space collapsed, so line breaks in the layout do not matter. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
