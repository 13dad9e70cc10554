/**
 * Child process of the crash test: waits for "go" on stdin, opens the library, then until it is
 * killed saves ever newer versions of one draft, and in between moves it to the trash and back,
 * imports a changing external file and lists the library (which writes the index). It prints a
 * line before each step ("doing <step>") and after it: "saved <n>", "restored <n>", "imported <id>",
 * "listed".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { serializeProtocol } from '../../../../../shared/protocol/parse';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { crashVersion, versionNumberOf } from './crashVersions';

const [root, id, basePath, externalPath] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const base = JSON.parse(readFileSync(basePath, 'utf8')) as Protocol;
const say = (line: string) => process.stdout.write(`${line}\n`);

process.stdin.once('data', () => {
  void (async () => {
    const lib = createDraftLibrary({ root, historyLimit: 3 });
    let n = versionNumberOf((await lib.load(id)).protocol);
    say('ready');
    for (;;) {
      n++;
      say('doing save');
      await lib.save(crashVersion(base, n));
      say(`saved ${n}`);
      if (n % 3 === 0) {
        say('doing trash');
        await lib.trash(id);
        say('doing restore');
        await lib.restoreFromTrash(id);
        say(`restored ${n}`);
      }
      if (n % 4 === 0) {
        const external = { ...crashVersion(base, n % 7), id: 'extern' };
        writeFileSync(externalPath, serializeProtocol(external));
        say('doing import');
        say(`imported ${(await lib.importPath(externalPath)).protocol.id}`);
      }
      if (n % 2 === 0) {
        say('doing list');
        await lib.list();
        say('listed');
      }
    }
  })();
});
