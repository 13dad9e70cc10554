import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTemplate } from '../../../../../shared/template/builtInTemplates';
import type { Template } from '../../../../../shared/template/templateSchema';

export async function tempFolder(prefix = 'paragraf-drafts-'): Promise<{
  dir: string;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function municipalTemplate(): Template {
  const t = getTemplate('kommunal-namnd');
  if (!t) throw new Error('built-in template kommunal-namnd missing');
  return t;
}

/** Every file below `dir` with a hash of its content, for before/after comparisons. */
export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  async function walk(d: string): Promise<void> {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (entry.isFile()) {
        out.set(
          p,
          createHash('sha256')
            .update(await readFile(p))
            .digest('hex'),
        );
      } else out.set(p, `special:${(await stat(p)).mode}`);
    }
  }
  await walk(dir);
  return out;
}

/**
 * Bundles a worker script into one ESM file in `dir` and returns its path: plain node on a
 * bundle starts far faster than tsx for each of many child processes.
 */
export async function bundleWorker(entry: URL, dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'worker.mjs');
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
