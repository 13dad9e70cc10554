/**
 * Child process of the crash test: waits for "go" on stdin, opens the library, then saves ever
 * newer versions of one draft until it is killed, printing "saved <n>" after each completed save.
 */
import { readFileSync } from 'node:fs';
import { createDraftLibrary } from '../../../electron/services/drafts';
import type { Protocol } from '../../../shared/protocol/protocol';
import { crashVersion, versionNumberOf } from './crashVersions';

const [root, id, basePath] = process.argv.slice(2) as [string, string, string];
const base = JSON.parse(readFileSync(basePath, 'utf8')) as Protocol;

process.stdin.once('data', () => {
  void (async () => {
    const lib = createDraftLibrary({ root, historyLimit: 3 });
    let n = versionNumberOf((await lib.load(id)).protocol);
    process.stdout.write('ready\n');
    for (;;) {
      n++;
      await lib.save(crashVersion(base, n));
      process.stdout.write(`saved ${n}\n`);
    }
  })();
});
