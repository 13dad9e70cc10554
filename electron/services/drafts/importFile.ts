import { relative, resolve, isAbsolute } from 'node:path';
import type { Protocol } from '../../../shared/protocol/protocol';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import type { FsLayer } from '../files/fsLayer';
import { readProtocolFile } from '../files/readProtocolFile';

/** Parser messages may quote the file's bytes; keep log lines on one line and short. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, ' ');
  return clean.length > 300 ? `${clean.slice(0, 300)}…` : clean;
}

/**
 * Reads and validates a .protokoll from outside the library. Only regular files are opened (a
 * FIFO or device would block or never end); the file itself is never modified.
 */
export async function readExternalProtocol(
  fs: FsLayer,
  path: string,
  libraryRoot: string,
): Promise<Protocol> {
  const abs = resolve(path);
  const rel = relative(libraryRoot, abs);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    throw new ParagrafError(
      'inside-library',
      'the file is already inside the drafts library',
      'Filen ligger redan bland utkasten.',
    );
  }
  try {
    const st = await fs.stat(abs);
    if (!st.isFile()) {
      throw new ParagrafError(
        'not-a-file',
        oneLine(`${abs} is not a regular file`),
        'Det valda är inte en fil.',
      );
    }
    const r = await readProtocolFile(abs, fs);
    if (!r.ok)
      throw new ParagrafError(
        `import-${r.error.code}`,
        oneLine(`cannot import ${abs}: ${r.error.en}`),
        r.error.sv,
      );
    return r.value;
  } catch (error) {
    if (error instanceof ParagrafError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new ParagrafError(
      'import-unreadable',
      oneLine(`cannot read ${abs} (${code})`),
      'Filen kunde inte läsas. Kontrollera att den finns och att du har behörighet att öppna den.',
    );
  }
}
