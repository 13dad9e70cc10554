import { constants } from 'node:fs';
import type { LoadError, LoadResult } from '../../../shared/protocol/loadError';
import { MAX_PROTOCOL_BYTES, parseProtocolText } from '../../../shared/protocol/parse';
import type { Protocol } from '../../../shared/protocol/protocol';
import { nodeFs, type FsLayer } from './fsLayer';

function fail(code: LoadError['code'], en: string, sv: string): LoadResult<never> {
  return { ok: false, error: { code, en, sv } };
}

/** Never blocks on a FIFO or device: the file type is checked on the open handle. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The one reader of .protokoll files (drafts in the library, imported files, the CLI). It never
 * changes the file. On the open handle it refuses anything but a regular file and anything over
 * MAX_PROTOCOL_BYTES before reading, then binary content, then parses and validates. Bad content
 * is a LoadResult; a file that cannot be opened rejects with the file system's error, so the
 * caller can tell a missing draft from a damaged one (see loadProtocolFile for a LoadResult).
 */
export async function readProtocolFile(
  path: string,
  fs: FsLayer = nodeFs,
): Promise<LoadResult<Protocol>> {
  const handle = await fs.open(path, READ_FLAGS);
  let bytes: Buffer;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) {
      return fail('not-a-file', 'is a folder, not a file', 'Det är en mapp, inte en fil.');
    }
    if (!info.isFile()) return fail('not-a-file', 'not a regular file', 'Det är ingen vanlig fil.');
    if (info.size > MAX_PROTOCOL_BYTES) {
      const mb = Math.round(info.size / 1024 / 1024);
      return fail(
        'too-large',
        `file is too large (${mb} MB; at most ${MAX_PROTOCOL_BYTES / 1024 / 1024} MB) to be a protokoll`,
        `Filen är för stor (${mb} MB) för att vara ett protokoll.`,
      );
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = utf8.decode(bytes);
  } catch {
    return fail(
      'binary',
      'not a protokoll file: the content is binary, not UTF-8 text',
      'Filen är inte ett Paragraf-protokoll (den innehåller inte text).',
    );
  }
  return parseProtocolText(text);
}

/** A file-system error as a one-line load error; unknown errors keep only their code. */
function fsError(err: unknown): LoadResult<never> {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fail('not-found', 'file not found', 'Filen finns inte.');
    case 'EISDIR':
      return fail('not-a-file', 'is a folder, not a file', 'Det är en mapp, inte en fil.');
    case 'EACCES':
    case 'EPERM':
      return fail(
        'unreadable',
        'permission denied: the file cannot be read',
        'Filen kan inte läsas (behörighet saknas).',
      );
    default:
      return fail(
        'unreadable',
        `the file cannot be read (${code ?? 'unknown error'})`,
        'Filen kan inte läsas.',
      );
  }
}

/** readProtocolFile for the CLI: a file that cannot be opened is a LoadResult too. */
export async function loadProtocolFile(path: string): Promise<LoadResult<Protocol>> {
  try {
    return await readProtocolFile(path);
  } catch (err) {
    return fsError(err);
  }
}
