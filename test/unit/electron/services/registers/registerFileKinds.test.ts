import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegisterFile } from '../../../../../electron/services/registers/importRegisterFile';
import {
  registerFile,
  registerPaths,
} from '../../../../../electron/services/registers/registerPaths';
import { createRegisterStore } from '../../../../../electron/services/registers/registerStore';
import { nodeFs } from '../../../../../electron/services/files/fsLayer';
import { SPECIAL_FILES } from '../../../../generate/specialFiles';

const KINDS = SPECIAL_FILES;

const BODY = 'Socialnämnden';

describe('a register path that is no regular file', () => {
  it.each(Object.keys(KINDS))('is refused unread in the library (%s)', async (kind) => {
    const root = await mkdtemp(join(tmpdir(), 'paragraf-register-kinds-'));
    const paths = registerPaths(root);
    await mkdir(paths.folder, { recursive: true });
    await KINDS[kind]!(registerFile(paths, BODY));
    const store = createRegisterStore({ root: () => root });
    await expect(store.load(BODY)).rejects.toMatchObject({
      code: 'register-not-a-file',
      sv: expect.stringContaining('ingen vanlig fil'),
    });
    expect(await store.list()).toMatchObject([{ damaged: true }]);
  });

  it.each(Object.keys(KINDS))('is refused unread when imported (%s)', async (kind) => {
    const dir = await mkdtemp(join(tmpdir(), 'paragraf-register-kinds-'));
    for (const name of ['lista.csv', 'lista.xlsx', 'lista.ledamotsregister']) {
      const path = join(dir, name);
      await KINDS[kind]!(path);
      await expect(importRegisterFile(nodeFs, path, BODY, new Date())).rejects.toMatchObject({
        code: 'register-import-refused',
        sv: 'Det valda är ingen fil.',
      });
    }
  });
});
