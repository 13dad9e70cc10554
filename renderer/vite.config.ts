import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(
  readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
) as { version: string };

/** The renderer bundle: loaded from packaged files, so every URL is relative. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // Hjälp › Om Paragraf shows the version without asking the main process.
  define: { __PARAGRAF_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // Loaded from disk in a desktop app: one larger chunk costs nothing over a network.
    chunkSizeWarningLimit: 4000,
  },
});
