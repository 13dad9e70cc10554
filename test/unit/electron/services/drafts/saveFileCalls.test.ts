import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../../../electron/services/drafts';
import { nodeFs } from '../../../../../electron/services/files/fsLayer';
import { countingFs } from '../../../../bench/countingFs';
import { municipalTemplate, tempFolder } from './helpers';

/**
 * On a network folder every file call is a round trip, so a save asks each thing once. The
 * calls that make it durable stay: the new file is fsynced before the rename, the history folder
 * (where the previous version is linked) before the rename, the drafts folder after it.
 */
describe('the file calls of one save', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  async function savedTwice() {
    const t = await tempFolder();
    cleanup = t.cleanup;
    const root = join(t.dir, 'library');
    const { fs, calls } = countingFs(nodeFs);
    const lib = createDraftLibrary({ root, fs });
    let protocol = await lib.createFromTemplate(municipalTemplate());
    protocol = { ...protocol, meeting: { ...protocol.meeting, dnr: 'KS 1' } };
    await lib.save(protocol); // creates the history folder
    calls.length = 0;
    protocol = { ...protocol, meeting: { ...protocol.meeting, dnr: 'KS 2' } };
    await lib.save(protocol);
    const rel = calls.map((c) => c.split(root).join('<lib>'));
    return { lib, root, protocol, calls: rel };
  }

  it('reads each file and folder once and creates no folder that exists', async () => {
    const { calls } = await savedTwice();
    expect(calls.filter((c) => c.startsWith('mkdir '))).toEqual([]);
    expect(calls.filter((c) => c.startsWith('readdir '))).toHaveLength(1);
    const reads = calls.filter((c) => /^(stat|readFile|readdir) /.test(c));
    // Reading the lock when releasing it is the one repeat: it may have been broken meanwhile.
    const repeated = reads.filter((c, i) => reads.indexOf(c) !== i);
    expect(repeated).toEqual([]);
    expect(calls.length).toBeLessThanOrEqual(24);
  });

  it('keeps the fsyncs of the file and of both folders around the rename', async () => {
    const { calls, protocol, lib, root } = await savedTwice();
    const draft = `<lib>/drafts/${protocol.id}.protokoll`;
    const rename = calls.findIndex(
      (c) => c.startsWith('rename ') && c.includes(`.${protocol.id}.protokoll`),
    );
    const tempSync = calls.findIndex(
      (c) => c.startsWith('handle.sync ') && c.includes(`<lib>/drafts/.${protocol.id}.protokoll`),
    );
    const historySync = calls.findIndex((c) => c === `handle.sync <lib>/history/${protocol.id}`);
    const link = calls.findIndex((c) => c === `link ${draft}`);
    const draftsSync = calls.findIndex((c) => c === 'handle.sync <lib>/drafts');
    expect(rename).toBeGreaterThan(-1);
    expect(tempSync).toBeGreaterThan(-1);
    expect(tempSync).toBeLessThan(rename);
    expect(link).toBeGreaterThan(-1);
    expect(historySync).toBeGreaterThan(link);
    expect(historySync).toBeLessThan(rename);
    expect(draftsSync).toBeGreaterThan(rename);
    // And the save did what it should: the new content current, the previous one a version.
    expect(await readFile(join(root, 'drafts', `${protocol.id}.protokoll`), 'utf8')).toContain(
      'KS 2',
    );
    expect((await lib.history(protocol.id)).length).toBe(2);
    expect(await readdir(join(root, 'locks'))).toEqual([]);
  });
});
