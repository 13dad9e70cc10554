import { MAX_PROTOCOL_BYTES, parseProtocolText } from '../../../shared/protocol/parse';
import type { LoadResult } from '../../../shared/protocol/loadError';
import type { Protocol } from '../../../shared/protocol/protocol';
import type { FsLayer } from './fsLayer';

/**
 * Reads and validates one .protokoll file. The size is checked on the open handle before
 * reading, so a huge file is refused without loading it. Never throws for bad content; a
 * missing or unreadable file rejects with the fs error.
 */
export async function readDraftFile(fs: FsLayer, path: string): Promise<LoadResult<Protocol>> {
  const handle = await fs.open(path, 'r');
  let text: string;
  try {
    const { size } = await handle.stat();
    if (size > MAX_PROTOCOL_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(0);
      return {
        ok: false,
        error: {
          code: 'too-large',
          en: `file is too large (${mb} MB) to be a protokoll`,
          sv: `Filen är för stor (${mb} MB) för att vara ett protokoll.`,
        },
      };
    }
    const bytes = await handle.readFile();
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } finally {
    await handle.close();
  }
  return parseProtocolText(text);
}
