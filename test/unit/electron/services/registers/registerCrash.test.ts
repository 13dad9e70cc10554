import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseRegisterText } from '../../../../../electron/services/registers/readRegister';
import { registerPaths } from '../../../../../electron/services/registers/registerPaths';
import { createRegisterStore } from '../../../../../electron/services/registers/registerStore';
import { seededRandom } from '../../../../generate/random';
import { bundleWorker, tempFolder } from '../drafts/helpers';
import { registerVersion, versionOf } from './registerVersions';

const KILLS = 120;
let dir: string;
let cleanup: () => Promise<void>;
let worker: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-register-crash-'));
  worker = await bundleWorker(new URL('./registerCrashWorker.ts', import.meta.url), dir);
});
afterAll(() => cleanup());

/** Starts a child and resolves once it has printed `ready`, with its output lines. */
function startChild(root: string) {
  const proc = spawn(process.execPath, [worker, root], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let buffer = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    proc.once('exit', () => reject(new Error(`worker exited: ${lines.slice(-3).join(' | ')}`)));
  });
  proc.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (line === 'ready') onReady();
    }
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return { proc, lines, ready, exited };
}

it(
  `a member register survives ${KILLS} SIGKILLs during saves, like a draft`,
  { timeout: 600_000 },
  async () => {
    const root = join(dir, 'lib');
    await mkdir(root);
    const store = createRegisterStore({ root: () => root });
    await store.save(registerVersion(0));
    const random = seededRandom(99);
    let corrupt = 0;
    let lost = 0;
    let stuck = 0;
    let acknowledged = 0;
    let killedMidSave = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = startChild(root);
      child.proc.stdin.write('go\n');
      await child.ready;
      const delay = Math.floor(random() * 40);
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      child.proc.kill('SIGKILL');
      await child.exited;
      if (child.lines.at(-1) === 'doing save') killedMidSave++;
      for (const line of child.lines) {
        const m = /^saved (\d+)$/.exec(line);
        if (m) acknowledged = Math.max(acknowledged, Number(m[1]));
      }
      const reopened = createRegisterStore({ root: () => root });
      try {
        const register = await reopened.load('Kraschnämnden');
        const n = register ? versionOf(register) : -1;
        if (n < 0) corrupt++;
        else if (n < acknowledged) lost++;
        // Every kept version is a whole register too.
        const history = registerPaths(root).history;
        // No history yet until a save replaced a version.
        const slugs = await readdir(history).catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return [];
          throw e;
        });
        for (const slug of slugs) {
          for (const v of await readdir(join(history, slug))) {
            if (!v.endsWith('.register.json')) continue;
            if (versionOf(parseRegisterText(await readFile(join(history, slug, v), 'utf8'), v)) < 0)
              corrupt++;
          }
        }
        if (register) await reopened.save(register).catch(() => stuck++);
      } catch (error) {
        console.log(`round ${i}: ${String(error)}`);
        corrupt++;
      }
    }
    console.log(
      `register kills: ${KILLS}, mid-save: ${killedMidSave}, corrupt: ${corrupt}, lost: ${lost}, stuck: ${stuck}, last version ${acknowledged}`,
    );
    expect(acknowledged).toBeGreaterThan(0);
    expect(killedMidSave).toBeGreaterThan(0);
    expect(corrupt).toBe(0);
    expect(lost).toBe(0);
    expect(stuck).toBe(0);
  },
);
