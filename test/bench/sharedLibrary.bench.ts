/**
 * The drafts library on a shared folder. Targets: list 5,000 drafts with the index ≤ 200 ms;
 * open and lock a draft (load + edit lock) ≤ 100 ms; one save (edit-lock check, conflict check,
 * atomic write with fsync, history) ≤ 30 ms. Each beside a plain copy of a file of the same size,
 * on the local disk and through a layer that adds a network round trip to every file call.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftLibrary } from '../../electron/services/drafts';
import { libraryPaths } from '../../electron/services/drafts/draftPaths';
import { COARSEST_MS } from '../../electron/services/drafts/folderRecord';
import { createEditLocks } from '../../electron/services/drafts/editLock';
import { createPendingSaves } from '../../electron/services/drafts/pendingSaves';
import { nodeFs, type FsLayer } from '../../electron/services/files/fsLayer';
import { serializeProtocol } from '../../shared/protocol/parse';
import { generateLargeProtocol } from '../generate/largeProtocol';
import { countingFs } from './countingFs';
import { slowFs } from './slowFs';

const DRAFTS = 5_000;
const LATENCY_MS = 1;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median time of `fn`; a number it returns is its own measure (preparation left out). */
async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const own = await fn(i);
    times.push(typeof own === 'number' ? own : performance.now() - t0);
  }
  return median(times);
}

async function measure(
  root: string,
  fs: FsLayer,
  ids: string[],
  draftBytes: number,
  listBytes: number,
) {
  // Just after a change the index is checked against every draft's time (a full listing).
  const listFull = await timed(7, async () => {
    const lib = createDraftLibrary({ root, fs });
    await utimes(join(root, 'drafts'), new Date(), new Date()); // as a save elsewhere does
    const t0 = performance.now();
    await lib.list();
    return performance.now() - t0;
  });
  // Once the folder's last change is older than the coarsest file time, one full listing
  // records it, and later listings of the unchanged folder trust the index.
  await wait(COARSEST_MS + 100);
  await createDraftLibrary({ root, fs }).list();
  const list = await timed(7, () => createDraftLibrary({ root, fs }).list());
  const copyList = await timed(7, (i) =>
    fs.copyFile(join(root, 'index.json'), join(root, `..`, `index-copy-${i}.json`)),
  );
  const lib = createDraftLibrary({ root, fs });
  const locks = createEditLocks(fs, libraryPaths(root), { user: () => 'Bench' });
  await lib.list();
  const open = await timed(25, async (i) => {
    const id = ids[i * 37]!;
    await lib.load(id);
    await locks.open(id);
  });
  const copyDraft = await timed(25, (i) =>
    fs.copyFile(
      join(root, 'drafts', `${ids[i * 37]}.protokoll`),
      join(root, '..', `copy-${i}.protokoll`),
    ),
  );
  const pending = createPendingSaves({ dir: join(root, '..', 'pending') });
  const id = ids[1]!;
  let protocol = (await lib.load(id)).protocol;
  await locks.open(id);
  const save = await timed(30, async (i) => {
    protocol = { ...protocol, meeting: { ...protocol.meeting, dnr: `KS ${i}` } };
    // As the app saves: is it held elsewhere, then the save (kept locally if unreachable).
    await locks.heldElsewhere(id);
    await pending.save(lib, protocol);
  });
  await locks.close();
  return { list, listFull, copyList, open, copyDraft, save, draftBytes, listBytes };
}

/** File calls of one save and of one listing, as the app makes them (every call is a round trip). */
async function countCalls(root: string, id: string) {
  const { fs, calls } = countingFs(nodeFs);
  const lib = createDraftLibrary({ root, fs });
  const locks = createEditLocks(fs, libraryPaths(root), { user: () => 'Bench' });
  const pending = createPendingSaves({ dir: join(root, '..', 'pending-count') });
  await lib.list();
  let protocol = (await lib.load(id)).protocol;
  await locks.open(id);
  protocol = { ...protocol, meeting: { ...protocol.meeting, dnr: 'KS warm-up' } };
  await pending.save(lib, protocol); // the first save also creates the draft's history folder
  calls.length = 0;
  protocol = { ...protocol, meeting: { ...protocol.meeting, dnr: 'KS counted' } };
  await locks.heldElsewhere(id);
  await pending.save(lib, protocol);
  const save = calls.length;
  await wait(COARSEST_MS + 100);
  // The first listing writes the index after the wait; its time is the floor the next records.
  await lib.list();
  await lib.list();
  calls.length = 0;
  await lib.list();
  const list = calls.length;
  await locks.close();
  return { save, list };
}

export default async function benchSharedLibrary(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'paragraf-bench-shared-'));
  try {
    const root = join(dir, 'share', 'library');
    await mkdir(join(root, 'drafts'), { recursive: true });
    const ids: string[] = [];
    let draftBytes = 0;
    for (let i = 0; i < DRAFTS; i++) {
      const p = generateLargeProtocol({ items: 5 + (i % 20), people: 8, seed: i + 1 });
      const id = `bench-${i}`;
      const text = serializeProtocol({
        ...p,
        id,
        meeting: { ...p.meeting, body: `Nämnd ${i % 17}` },
      });
      if (i === 1) draftBytes = Buffer.byteLength(text);
      await writeFile(join(root, 'drafts', `${id}.protokoll`), text);
      ids.push(id);
    }
    const count = (await createDraftLibrary({ root }).list()).length; // builds the index
    const listBytes = (await nodeFs.stat(join(root, 'index.json'))).size;

    const counted = await countCalls(root, ids[2]!);
    const local = await measure(root, nodeFs, ids, draftBytes, listBytes);
    const remote = await measure(root, slowFs(nodeFs, LATENCY_MS), ids, draftBytes, listBytes);

    const row = (what: string, ms: number, ref: number, target: string) =>
      console.log(
        `| ${what.padEnd(58)} | ${ms.toFixed(1).padStart(8)} | ${ref.toFixed(1).padStart(9)} | ${target.padEnd(6)} |`,
      );
    console.log(`| ${'operation'.padEnd(58)} | median ms | copy ms   | target |`);
    console.log(`| ${'-'.repeat(58)} | -------: | --------: | ------ |`);
    for (const [where, m] of [
      ['local disk', local],
      [`simulated network folder, +${LATENCY_MS} ms per file call`, remote],
    ] as const) {
      row(
        `list ${count} drafts, index (${(m.listBytes / 1024 / 1024).toFixed(1)} MB), ${where}`,
        m.list,
        m.copyList,
        '≤ 200',
      );
      row(
        `list ${count} drafts just after a change (index checked per draft), ${where}`,
        m.listFull,
        m.copyList,
        '',
      );
      row(
        `open + edit-lock a draft (${(m.draftBytes / 1024).toFixed(0)} kB), ${where}`,
        m.open,
        m.copyDraft,
        '≤ 100',
      );
      row(`save a draft (lock check, fsync, history), ${where}`, m.save, m.copyDraft, '≤ 30');
    }
    console.log(
      'copy ms: a plain copyFile of the index (for listing) or of the draft, same layer.',
    );
    console.log(
      `file calls: one save ${counted.save} (with the edit-lock check), one listing of an unchanged folder ${counted.list}.`,
    );
    const [load1, load5, load15] = loadavg();
    console.log(`load average: ${load1!.toFixed(2)} ${load5!.toFixed(2)} ${load15!.toFixed(2)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
