import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { bundleWorker, municipalTemplate, tempFolder } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let worker: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder('paragraf-processes-'));
  worker = await bundleWorker(new URL('./concurrentWorker.ts', import.meta.url), dir);
});
afterAll(() => cleanup());

/** Runs a worker to the end and returns its output lines. */
function run(args: string[]): Promise<string[]> {
  const proc = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) =>
    proc.once('exit', () => resolve(out.split('\n').filter(Boolean))),
  );
}

const WRITERS = 3;
const SAVES = 60;

it(
  'several processes save one library while others start up: no failed save, no silent overwrite',
  {
    timeout: 600_000,
  },
  async () => {
    const root = join(dir, 'lib');
    const lib = createDraftLibrary({ root });
    const shared = await lib.createFromTemplate(municipalTemplate(), { body: 'Delad nämnd' });
    // Each writer also has a draft of its own, so saves of different drafts run side by side.
    const own = await Promise.all(
      Array.from({ length: WRITERS }, () => lib.createFromTemplate(municipalTemplate(), {})),
    );

    // Every writer starts saving once all have opened their draft.
    const barrier = join(dir, 'barrier');
    await mkdir(barrier);
    const parties = String(2 * WRITERS);
    const outputs = await Promise.all([
      ...Array.from({ length: WRITERS }, (_, k) =>
        run([root, 'writer', `w${k}`, shared.id, String(SAVES), barrier, parties]),
      ),
      ...own.map((p, k) => run([root, 'writer', `o${k}`, p.id, String(SAVES), barrier, parties])),
      run([root, 'starter', '150']),
      run([root, 'starter', '150']),
    ]);

    const failed = outputs.flat().filter((l) => l.startsWith('failed'));
    // Every save names the version it edited. Per draft the saves must form one chain: two saves
    // made from the same version mean one replaced the other unseen (a silent overwrite), and
    // the chain must end in what is on disk.
    const edits = new Map<string, Map<string, string>>();
    /** A conflict copy's chain starts at the version that became the copy. */
    const starts = new Map<string, string>();
    let overwritten = 0;
    for (const line of outputs.flat()) {
      const m = /^saved (\S+) (\S+) (\S+)$/.exec(line);
      if (!m) continue;
      const [, id, dnr, base] = m as unknown as [string, string, string, string];
      if (base === 'copy') {
        starts.set(id, dnr);
        continue;
      }
      if (!edits.has(id)) edits.set(id, new Map());
      const byBase = edits.get(id)!;
      if (byBase.has(base)) {
        overwritten++;
        console.log(`${id}: ${dnr} and ${byBase.get(base)} were both saved over ${base}`);
      }
      byBase.set(base, dnr);
    }
    const check = createDraftLibrary({ root });
    for (const [id, byBase] of edits) {
      let at = starts.get(id) ?? '-';
      for (let i = 0; i < byBase.size && byBase.has(at); i++) at = byBase.get(at)!;
      const onDisk = (await check.load(id)).protocol.meeting.dnr;
      if (onDisk !== at) {
        overwritten++;
        console.log(`${id}: the chain of saves ends in ${at}, the file holds ${onDisk}`);
      }
    }
    const saves = outputs.flat().filter((l) => l.startsWith('saved')).length;
    const copies = (await check.list()).filter((s) => s.title.endsWith('(konflikt)')).length;
    console.log(
      `saves: ${saves}, failed: ${failed.length}, silent overwrites: ${overwritten}, conflict copies: ${copies}`,
    );
    expect(failed).toEqual([]);
    expect(saves).toBe(2 * WRITERS * SAVES);
    expect(overwritten).toBe(0);
    // The writers of the shared draft really met: all but one of them continued in a copy.
    expect(copies).toBeGreaterThanOrEqual(WRITERS - 1);
    expect(outputs.filter((o) => o.at(-1) === 'done')).toHaveLength(2 * WRITERS + 2);
  },
);
