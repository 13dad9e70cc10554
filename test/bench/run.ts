/**
 * npm run bench: runs every test/bench/*.bench.ts in turn. Each default-exports an async
 * function that prints its own table (medians, and ratios against a reference from the same run).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => Promise<void>;
  };
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
  await mod.default();
}
