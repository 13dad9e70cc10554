import { readFile, stat } from 'node:fs/promises';
import type { LoadError, LoadResult } from '../../shared/protocol/loadError';
import { MAX_PROTOCOL_BYTES, parseProtocolText } from '../../shared/protocol/parse';
import type { Protocol } from '../../shared/protocol/protocol';

function fail(code: LoadError['code'], en: string, sv: string): LoadResult<never> {
  return { ok: false, error: { code, en, sv } };
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks a .protokoll file without ever changing it. The size is checked with stat
 * before anything is read, so a huge file costs nothing; binary content is refused before parsing.
 */
export async function readProtocolFile(path: string): Promise<LoadResult<Protocol>> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fsError({ code: 'EISDIR' });
    if (!info.isFile()) {
      return fail('not-a-file', 'not a regular file', 'Det är ingen vanlig fil.');
    }
    size = info.size;
  } catch (err) {
    return fsError(err);
  }
  if (size > MAX_PROTOCOL_BYTES) {
    const mb = Math.round(size / 1024 / 1024);
    return fail(
      'too-large',
      `file is too large (${mb} MB; at most ${MAX_PROTOCOL_BYTES / 1024 / 1024} MB) to be a protokoll`,
      `Filen är för stor (${mb} MB) för att vara ett protokoll.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return fsError(err);
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
