/**
 * Drafts library speed. Targets: saving the 150-item draft (serialise + atomic write with fsync,
 * history kept) median ≤ 20 ms; listing a library of 500 drafts median ≤ 200 ms (a fresh
 * library each time, so the index is read from disk as at app start; also without any index).
 */
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDraftLibrary } from '../../electron/services/drafts';
import { generateLargeProtocol } from '../generate/largeProtocol';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function timed(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export default async function benchDrafts(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'paragraf-bench-drafts-'));
  try {
    const big = generateLargeProtocol();
    const bytes = Buffer.byteLength(JSON.stringify(big, null, 2));
    const saving = createDraftLibrary({ root: join(dir, 'save'), historyLimit: 20 });
    await saving.save(big);
    const save = await timed(40, (i) =>
      saving.save({ ...big, meeting: { ...big.meeting, dnr: `KS ${i}` } }),
    );

    const root = join(dir, 'list');
    const filling = createDraftLibrary({ root });
    for (let i = 0; i < 500; i++) {
      const p = generateLargeProtocol({ items: 5 + (i % 30), people: 8, seed: i + 1 });
      await filling.save({
        ...p,
        id: `bench-${i}`,
        meeting: { ...p.meeting, body: `Nämnd ${i % 17}` },
      });
    }
    const count = (await filling.list()).length;
    const warm = await timed(15, () => createDraftLibrary({ root }).list());
    const cold = await timed(5, async () => {
      await unlink(join(root, 'index.json')).catch(() => undefined);
      await createDraftLibrary({ root }).list();
    });

    const row = (what: string, ms: number, target: string) =>
      console.log(`| ${what.padEnd(46)} | ${ms.toFixed(1).padStart(8)} | ${target.padEnd(7)} |`);
    console.log(`| ${'operation'.padEnd(46)} | median ms | target |`);
    console.log(`| ${'-'.repeat(46)} | -------: | ------- |`);
    row(`save 150-item draft (${(bytes / 1024).toFixed(0)} kB, fsync, history)`, save, '≤ 20');
    row(`list ${count} drafts (index on disk)`, warm, '≤ 200');
    row(`list ${count} drafts (no index: every file read)`, cold, '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
