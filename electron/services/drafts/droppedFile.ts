import { MAX_PROTOCOL_BYTES } from '../../../shared/protocol/parse';
import { ParagrafError } from '../../../shared/errors/paragrafError';
import { checkDroppedPath } from '../files/droppedPath';

/**
 * A .protokoll path the page sent (a file dropped on the window), checked before anything reads
 * it (see checkDroppedPath). Returns the real path to import.
 */
export function checkDroppedFile(path: string): Promise<string> {
  return checkDroppedPath(path, {
    ext: /\.protokoll$/i,
    maxBytes: MAX_PROTOCOL_BYTES,
    wrongKind: (en) =>
      new ParagrafError(
        'not-protokoll',
        en.replace('of the right kind', '.protokoll'),
        'Bara .protokoll-filer kan öppnas genom att släppas i fönstret.',
      ),
    tooLarge: (_real, size) => {
      const mb = (size / 1024 / 1024).toFixed(0);
      return new ParagrafError(
        'too-large',
        `the dropped file is too large (${mb} MB) to be a protokoll`,
        `Filen är för stor (${mb} MB) för att vara ett protokoll.`,
      );
    },
  });
}
