/**
 * Child process of the multi-process test. As "writer <name> <id> <saves> <barrier> <parties>":
 * opens the draft, waits until `parties` writers have opened theirs (files in the folder
 * `barrier`), so the writers really meet however the machine schedules them, and saves it `saves` times with its own versions, going on in the conflict copy when told it was
 * changed elsewhere, printing "saved <id> <dnr> <base>" (base: the dnr of the version it edited,
 * "-" for none) or "failed <code> <message>" per save. As
 * "starter <rounds>": opens the library again and again (each start runs the start-up clean-up).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDraftLibrary } from '../../../../../electron/services/drafts';

const [root, role, ...args] = process.argv.slice(2) as [string, string, ...string[]];
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Waits until `parties` processes have arrived in the folder `dir`. */
async function barrier(dir: string, name: string, parties: number): Promise<void> {
  await writeFile(join(dir, name), '');
  while ((await readdir(dir)).length < parties) await sleep(5);
}

async function writer(
  name: string,
  startId: string,
  saves: number,
  barrierDir: string,
  parties: number,
): Promise<void> {
  const lib = createDraftLibrary({ root, historyIntervalMs: 3_600_000 });
  let protocol = (await lib.load(startId)).protocol;
  await barrier(barrierDir, name, parties);
  say('ready');
  for (let n = 1; n <= saves; n++) {
    const dnr = `${name}-${n}`;
    const base = protocol.meeting.dnr || '-';
    protocol = { ...protocol, meeting: { ...protocol.meeting, dnr } };
    try {
      const receipt = await lib.save(protocol);
      if (receipt.conflict) protocol = { ...protocol, id: receipt.conflict.copyId };
      say(`saved ${protocol.id} ${dnr} ${receipt.conflict ? 'copy' : base}`);
    } catch (error) {
      const e = error as { code?: string; en?: string };
      say(`failed ${e.code ?? 'unknown'} ${e.en ?? String(error)}`);
    }
  }
}

async function starter(rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) await createDraftLibrary({ root }).list();
  say('started');
}

void (
  role === 'writer'
    ? writer(args[0]!, args[1]!, Number(args[2]), args[3]!, Number(args[4]))
    : starter(Number(args[0]))
)
  .then(() => say('done'))
  .catch((error: unknown) => {
    say(`failed crash ${String(error)}`);
    process.exitCode = 1;
  });
