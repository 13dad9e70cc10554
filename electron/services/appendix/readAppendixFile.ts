import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { AppendixReadError } from './appendixReadError';

export interface ReadLimits {
  maxBytes: number;
  /** A file on a stalled network share must not hold the export for ever. */
  timeoutMs: number;
}

/** Opens without following a link and without waiting on a FIFO that has no writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const before = await lstat(path);
  if (!before.isFile()) throw new AppendixReadError('not-a-file', `${path} is not a regular file`);
  if (before.size > maxBytes) {
    throw new AppendixReadError(
      'too-large',
      `${path} has ${before.size} bytes (at most ${maxBytes})`,
    );
  }
  const handle = await open(path, OPEN_FLAGS);
  try {
    // The file opened must be the one checked (not swapped for a device meanwhile).
    const st = await handle.stat();
    if (!st.isFile() || st.ino !== before.ino || st.dev !== before.dev) {
      throw new AppendixReadError('not-a-file', `${path} changed while it was opened`);
    }
    // One byte more than allowed tells a file that grew since the check.
    const buffer = new Uint8Array(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) {
        throw new AppendixReadError('too-large', `${path} grew past ${maxBytes} bytes`);
      }
      if (length === buffer.length) {
        throw new AppendixReadError('unreadable', `${path} changed while it was read`);
      }
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Reads an appendix file whose real path was already permitted: a regular file only (no FIFO,
 * device or folder), at most `maxBytes`, within `timeoutMs`.
 */
export async function readAppendixFile(path: string, limits: ReadLimits): Promise<Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppendixReadError('unreadable', `${path} was not read within ${limits.timeoutMs} ms`),
        ),
      limits.timeoutMs,
    );
  });
  try {
    return await Promise.race([readRegularFile(path, limits.maxBytes), timeout]);
  } catch (err) {
    if (err instanceof AppendixReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new AppendixReadError('unreadable', `${path} cannot be read (${code})`);
  } finally {
    clearTimeout(timer);
  }
}
