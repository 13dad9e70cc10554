import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFile as readProtocolFile } from '../../../../electron/services/files/readProtocolFile';
import { NORRBOTTEN_FIXTURE, loadFixture } from '../../../fixtures/loadFixture';
import { BAD_INPUTS, sha256, tempDir } from './badInputs';

describe('readProtocolFile', () => {
  it('loads the fixture', async () => {
    const result = await readProtocolFile(NORRBOTTEN_FIXTURE);
    expect(result.ok && result.value).toEqual(loadFixture());
  });

  it.each(BAD_INPUTS)('refuses $name with one line, leaving the file untouched', async (bad) => {
    const file = join(tempDir(), 'bad.protokoll');
    bad.write(file);
    const before = sha256(file);
    const result = await readProtocolFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(bad.code);
      expect(result.error.en).toMatch(bad.message);
      expect(result.error.en).not.toContain('\n');
      expect(result.error.sv.length).toBeGreaterThan(0);
    }
    expect(sha256(file)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('explains a missing file and a folder', async () => {
    const dir = tempDir();
    const missing = await readProtocolFile(join(dir, 'nope.protokoll'));
    expect(!missing.ok && missing.error).toMatchObject({ code: 'not-found', en: 'file not found' });
    mkdirSync(join(dir, 'folder.protokoll'));
    const folder = await readProtocolFile(join(dir, 'folder.protokoll'));
    expect(!folder.ok && folder.error.code).toBe('not-a-file');
  });

  it.runIf(process.getuid?.() !== 0)('explains a file it may not read', async () => {
    const file = join(tempDir(), 'locked.protokoll');
    writeFileSync(file, '{}');
    chmodSync(file, 0o000);
    const result = await readProtocolFile(file);
    expect(!result.ok && result.error.code).toBe('unreadable');
  });
});
