/**
 * npm run build:electron: bundles the main process (ESM, dist/electron/main.js) and the preload
 * (one CommonJS file, dist/electron/preload.cjs: sandboxed preloads cannot require relative
 * files), and copies the fonts the PDF export embeds next to them.
 */
import { cp, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const outDir = at('../dist/electron/');

await mkdir(outDir, { recursive: true });
await Promise.all([
  build({
    entryPoints: [at('./main/main.ts')],
    outfile: at('../dist/electron/main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron'],
    // Some bundled dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  }),
  build({
    entryPoints: [at('./preload/preload.ts')],
    outfile: at('../dist/electron/preload.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    minify: true,
    logLevel: 'warning',
  }),
  cp(at('../renderer/assets/fonts/'), at('../dist/electron/fonts/'), { recursive: true }),
]);
console.log(`built main, preload and fonts into ${outDir}`);
