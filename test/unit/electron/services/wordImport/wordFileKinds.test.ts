import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWordFile } from '../../../../../electron/services/wordImport/importWordFile';
import { SPECIAL_FILES } from '../../../../generate/specialFiles';

describe('a Word path that is no regular file', () => {
  it.each(Object.keys(SPECIAL_FILES))('is refused unread (%s)', async (kind) => {
    const path = join(await mkdtemp(join(tmpdir(), 'paragraf-word-kinds-')), 'protokoll.docx');
    await SPECIAL_FILES[kind]!(path);
    await expect(importWordFile(path)).rejects.toMatchObject({
      code: 'word-import-unreadable',
      sv: expect.stringContaining('ingen vanlig fil'),
    });
  });
});
