/**
 * Child process of the shared-folder test: one secretary's Paragraf on a library in a folder
 * that may vanish. As "writer <name> <id> <saves> <journal>": opens the draft and saves it
 * `saves` times, going on in a conflict copy when told; each version carries its own name (dnr)
 * and the version it knows is on disk (place), so the test can find silent overwrites. Prints
 * "written|kept <id> <dnr>" per save. As "recover <journal>": a restarted instance that writes
 * the journal back until nothing waits. Both end by writing their journal back. As
 * "next <body> <date>": prints the first § suggested for a new protokoll of that body.
 */
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { createPendingSaves } from '../../../../../electron/services/drafts/pendingSaves';
import type { Protocol } from '../../../../../shared/protocol/protocol';
import { suggestFirstNumber } from '../../../../../renderer/meeting/suggestFirstNumber';

const [root, role, ...args] = process.argv.slice(2) as [string, string, ...string[]];
const say = (line: string) => process.stdout.write(`${line}\n`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const open = () =>
  createDraftLibrary({ root, createRoot: false, historyLimit: 100_000, historyIntervalMs: 0 });

async function drain(
  journal: string,
  lib = open(),
  pending = createPendingSaves({ dir: journal }),
): Promise<void> {
  for (;;) {
    const { waiting } = await pending.writeBack(lib);
    if (!waiting) return;
    await pause(50);
  }
}

async function writer(name: string, startId: string, saves: number, journal: string) {
  const lib = open();
  const pending = createPendingSaves({ dir: journal });
  let protocol: Protocol | undefined;
  while (!protocol) {
    protocol = await lib.load(startId).then(
      (l) => l.protocol,
      () => pause(50).then(() => undefined),
    );
  }
  say('ready');
  /** The version this writer knows is on disk (what a written save replaces). */
  let onDisk = protocol.meeting.dnr || '-';
  for (let n = 1; n <= saves; n++) {
    const dnr = `${name}-${n}`;
    protocol = { ...protocol, meeting: { ...protocol.meeting, dnr, place: onDisk } };
    try {
      const receipt = await pending.save(lib, protocol);
      if (receipt.conflict) protocol = { ...protocol, id: receipt.conflict.copyId };
      if (!receipt.keptLocally) onDisk = dnr;
      say(`${receipt.keptLocally ? 'kept' : 'written'} ${protocol.id} ${dnr}`);
    } catch (error) {
      const e = error as { code?: string; en?: string };
      say(`failed ${e.code ?? 'unknown'} ${e.en ?? String(error)}`);
    }
    await pause(Math.floor(Math.random() * 8));
  }
  await drain(journal, lib, pending);
}

/** "next <body> <date>": the first § the start screen suggests for a new protokoll there. */
async function next(body: string, date: string): Promise<void> {
  const suggestion = suggestFirstNumber(await open().list(), { body, date });
  say(`next ${suggestion?.number ?? 'none'}`);
}

const roles: Record<string, () => Promise<void>> = {
  writer: () => writer(args[0]!, args[1]!, Number(args[2]), args[3]!),
  next: () => next(args[0]!, args[1]!),
  recover: () => drain(args[0]!),
};
void roles[role]!()
  .then(() => say('done'))
  .catch((error: unknown) => say(`failed crash ${String(error)}`));
