import { constants } from 'node:fs';
import type { FsLayer } from './fsLayer';

/** Opening never waits for a writer on a FIFO; what was opened is checked on the handle. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Why a path was not read: not a regular file (folder, FIFO, device), or larger than allowed. */
export class FileRefusedError extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'too-large',
    readonly path: string,
    readonly size = 0,
  ) {
    super(reason === 'not-a-file' ? `${path} is not a regular file` : `${path} has ${size} bytes`);
    this.name = 'FileRefusedError';
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`, checked on the open handle (a link to a
 * device or a FIFO in a shared folder is refused, not read) and read no further than the limit
 * however the file grows meanwhile. The file system's own errors (ENOENT…) pass through.
 */
export async function readRegularFile(
  fs: FsLayer,
  path: string,
  maxBytes: number,
): Promise<Buffer> {
  const handle = await fs.open(path, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileRefusedError('not-a-file', path);
    if (info.size > maxBytes) throw new FileRefusedError('too-large', path, info.size);
    // Read in chunks, never past the limit, however the file grows meanwhile.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw new FileRefusedError('too-large', path, length);
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}
