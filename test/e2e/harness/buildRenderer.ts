import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const configFile = fileURLToPath(new URL('../../../renderer/vite.config.ts', import.meta.url));
let built: Promise<string> | null = null;

/**
 * Builds the renderer once per test process into a temporary folder (so a test never fights
 * with `npm run build` over dist/) and returns that folder.
 */
export function buildRenderer(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'paragraf-renderer-'));
    await build({
      configFile,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  })();
  return built;
}
