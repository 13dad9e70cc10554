import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { serializeProtocol } from '../../../../../shared/protocol/parse';
import { seededRandom } from '../../../../generate/random';
import { crashVersion, versionNumberOf } from './crashVersions';
import { bundleWorker, municipalTemplate, tempFolder } from './helpers';

const KILLS = 240;
let dir: string;
let cleanup: () => Promise<void>;
let worker: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-crash-'));
  worker = await bundleWorker(new URL('./crashWorker.ts', import.meta.url), dir);
});
afterAll(() => cleanup());

interface Child {
  proc: ChildProcess;
  lines: string[];
  waitFor(predicate: (line: string) => boolean): Promise<void>;
  exited: Promise<void>;
}

function startChild(root: string, id: string, basePath: string): Child {
  const proc = spawn(
    process.execPath,
    [worker, root, id, basePath, join(dir, 'extern.protokoll')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  const waiters: { predicate: (l: string) => boolean; resolve: () => void }[] = [];
  let buffer = '';
  proc.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.predicate(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
    }
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    proc,
    lines,
    exited,
    waitFor: (predicate) =>
      new Promise<void>((resolve, reject) => {
        if (lines.some(predicate)) return resolve();
        waiters.push({ predicate, resolve });
        void exited.then(() =>
          reject(new Error(`worker exited early: ${lines.slice(-3).join(' | ')}`)),
        );
      }),
  };
}

it(
  `a draft survives ${KILLS} SIGKILLs during saves, trash moves, imports and index writes`,
  {
    timeout: 600_000,
  },
  async () => {
    const root = join(dir, 'lib');
    const lib = createDraftLibrary({ root });
    const created = await lib.createFromTemplate(municipalTemplate(), { body: 'Kraschnämnden' });
    const base = { ...created, meeting: { ...created.meeting, dnr: 'v0' } };
    await lib.save(base);
    const basePath = join(dir, 'base.json');
    await writeFile(basePath, serializeProtocol(base));

    const random = seededRandom(4242);
    let kills = 0;
    let corrupt = 0;
    let lost = 0;
    let stuck = 0;
    let acknowledged = 0;
    let restores = 0;
    const imported = new Set<string>();
    /** Where the kills landed: the step a child had begun and not finished. */
    const killedDuring = new Map<string, number>();
    let next = startChild(root, base.id, basePath);
    for (let i = 0; i < KILLS; i++) {
      const child = next;
      // Start the next child now so its start-up overlaps this round.
      next = startChild(root, base.id, basePath);
      child.proc.stdin!.write('go\n');
      await child.waitFor((l) => l === 'ready');
      // Sometimes before the first save completes, mostly somewhere in the middle of a save loop.
      const delay = Math.floor(random() * 60);
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      child.proc.kill('SIGKILL');
      await child.exited;
      kills++;
      const last = child.lines.at(-1) ?? '';
      const during = last.startsWith('doing ') ? last.slice(6) : 'start-up or between steps';
      killedDuring.set(during, (killedDuring.get(during) ?? 0) + 1);
      for (const line of child.lines) {
        const m = /^saved (\d+)$/.exec(line);
        if (m) acknowledged = Math.max(acknowledged, Number(m[1]));
        if (line.startsWith('restored ')) restores++;
        if (line.startsWith('imported ')) imported.add(line.slice('imported '.length));
      }
      const lib = createDraftLibrary({ root });
      // Killed between trash and restore: the draft must be in the trash and restorable.
      if ((await lib.listTrash()).some((s) => s.id === base.id)) {
        await lib.restoreFromTrash(base.id).catch(() => stuck++);
      }
      try {
        const loaded = await lib.load(base.id);
        const n = versionNumberOf(loaded.protocol);
        if (
          loaded.recovered ||
          n < 0 ||
          JSON.stringify(loaded.protocol) !== JSON.stringify(crashVersion(base, n))
        ) {
          corrupt++;
        } else if (n < acknowledged) {
          lost++;
        }
        // Stuck: opens but cannot be saved any more (the next child saves the next version).
        await lib.save(loaded.protocol).catch(() => stuck++);
      } catch {
        corrupt++;
      }
      // Every import that finished is a draft in the library (or in the trash).
      const ids = new Set([...(await lib.list()), ...(await lib.listTrash())].map((s) => s.id));
      lost += [...imported].filter((importedId) => !ids.has(importedId)).length;
      imported.clear();
    }
    next.proc.kill('SIGKILL');
    await next.exited;
    console.log(
      `kills: ${kills}, corrupt: ${corrupt}, lost: ${lost}, stuck: ${stuck} (last version ${acknowledged}, ${restores} trash round trips)`,
    );
    console.log(`killed during: ${JSON.stringify(Object.fromEntries(killedDuring))}`);
    expect(kills).toBe(KILLS);
    expect(acknowledged).toBeGreaterThan(0); // the children really saved
    expect(restores).toBeGreaterThan(0); // and really moved the draft to the trash and back
    expect(stuck).toBe(0);
    for (const step of ['trash', 'restore', 'import', 'list']) {
      expect(killedDuring.get(step), `kills during ${step}`).toBeGreaterThan(0);
    }
    expect(corrupt).toBe(0);
    expect(lost).toBe(0);
  },
);
