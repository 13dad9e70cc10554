import type { BilingualMessage } from '../errors/paragrafError';

/** Why a .protokoll text could not be loaded: an English message for logs and CLI, a Swedish one for the UI. */
export interface LoadError extends BilingualMessage {
  code:
    | 'too-large'
    | 'not-json'
    | 'not-object'
    | 'forbidden-key'
    | 'no-version'
    | 'newer-version'
    | 'invalid'
    // Reading the file itself failed (Node loaders only).
    | 'not-found'
    | 'not-a-file'
    | 'unreadable'
    | 'binary';
  /** Path of the offending field, e.g. "items[3].title". */
  path?: string;
}

export type LoadResult<T> =
  | {
      ok: true;
      value: T;
      migratedFrom?: number;
      /** Characters no document may hold (control characters, U+FFFF …) removed on load. */
      removedCharacters?: number;
    }
  | { ok: false; error: LoadError };

/** Formats a zod-style path as items[3].decision.intro. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
