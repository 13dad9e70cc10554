/**
 * Child process of the register crash test: waits for "go", then saves ever newer versions of
 * one register until it is killed, printing "doing save" before and "saved <n>" after each.
 */
import { createRegisterStore } from '../../../../../electron/services/registers/registerStore';
import { registerVersion, versionOf } from './registerVersions';

const [root] = process.argv.slice(2) as [string];
const say = (line: string) => process.stdout.write(`${line}\n`);

process.stdin.once('data', () => {
  void (async () => {
    const store = createRegisterStore({ root: () => root, historyLimit: 3 });
    const current = await store.load('Kraschnämnden');
    let n = current ? versionOf(current) : 0;
    say('ready');
    for (;;) {
      n++;
      say('doing save');
      await store.save(registerVersion(n));
      say(`saved ${n}`);
    }
  })();
});
